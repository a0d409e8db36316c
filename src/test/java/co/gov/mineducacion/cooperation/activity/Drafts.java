package co.gov.mineducacion.cooperation.activity;

import java.util.List;
import java.util.Set;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.CityEntry;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.Cooperation;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.Contact;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.OrganisationEntry;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * Activity drafts for unit tests.
 */
final class Drafts {

	private Drafts() {
	}

	static ActivityDraft running(String start, String end) {
		return new ActivityDraft(new Bilingual("Juntos Aprendemos", "Together we Learn"),
				new Bilingual("Descripción.", "Description."), PartialDate.parse(start), PartialDate.parse(end), null,
				3, 17, List.of(new OrganisationEntry(OrganisationRole.PARTNER, "Fundación Carvajal")), Set.of("25"),
				List.of(new CityEntry("08001", "Barranquilla")), Set.of(), Set.of(), Set.of(), List.of(),
				new Contact("Juan Mahecha Martín", null, null, null), Cooperation.NONE);
	}

}
