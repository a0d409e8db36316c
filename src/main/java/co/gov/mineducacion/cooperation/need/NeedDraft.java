package co.gov.mineducacion.cooperation.need;

import java.time.LocalDate;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * A need as staff wrote it, checked by the form.
 *
 * @param title the title in both languages
 * @param description the description in both languages
 * @param project the strategic project (code)
 * @param departments departments (DIVIPOLA codes)
 * @param municipalities municipalities (DIVIPOLA codes)
 * @param actionTypes the ways to cooperate sought (codes)
 * @param sought the amount or count sought
 * @param dueDate by when
 * @param status where it stands
 * @param activities the slugs of the activities that count towards it
 */
record NeedDraft(Bilingual title, Bilingual description, String project, Set<String> departments,
		Set<String> municipalities, Set<String> actionTypes, Sought sought, LocalDate dueDate, NeedStatus status,
		Set<String> activities) {

	NeedDraft {
		departments = Set.copyOf(departments);
		municipalities = Set.copyOf(municipalities);
		actionTypes = Set.copyOf(actionTypes);
		activities = Set.copyOf(activities);
	}

}
