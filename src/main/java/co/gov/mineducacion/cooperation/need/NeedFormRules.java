package co.gov.mineducacion.cooperation.need;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of the need form that Bean Validation cannot make alone: codes that must
 * exist (project, ways to cooperate, places, currency, activities), at least one place,
 * and the amount with its currency or the count with its unit, as the kind chosen asks.
 */
@Component
class NeedFormRules {

	private static final Pattern MUNICIPALITY = Pattern.compile("\\d{5}\\s+\\S.{0,119}");

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final ActivityService activities;

	NeedFormRules(CatalogService catalog, TerritoryService territory, ActivityService activities) {
		this.catalog = catalog;
		this.territory = territory;
		this.activities = activities;
	}

	void check(NeedForm form, Errors errors) {
		Locale any = Locale.ENGLISH;
		if (form.getProject() != null && !errors.hasFieldErrors("project")
				&& !codes(this.catalog.projectChoices(any).stream().map(ProjectChoice::code).toList())
					.contains(form.getProject())) {
			errors.rejectValue("project", "Unknown");
		}
		rejectUnknown(form.getActionTypes(),
				codes(this.catalog.actionTypes(any).stream().map(ActionTypeView::code).toList()), "actionTypes",
				errors);
		rejectUnknown(form.getDepartments(), this.territory.departmentCodes(), "departments", errors);
		rejectUnknown(form.getActivities(),
				codes(this.activities.records().stream().map(ActivityRecord::slug).toList()), "activities", errors);
		checkMunicipalities(form, errors);
		checkSought(form, errors);
	}

	private void checkMunicipalities(NeedForm form, Errors errors) {
		Set<String> known = this.territory.municipalityCodes();
		String added = form.getAddMunicipality();
		if (added != null && (!MUNICIPALITY.matcher(added).matches() || !known.contains(added.substring(0, 5)))) {
			errors.rejectValue("addMunicipality", "Invalid", new Object[] { added }, null);
			return;
		}
		for (String line : form.municipalityLines()) {
			if (!MUNICIPALITY.matcher(line).matches() || !known.contains(line.substring(0, 5))) {
				errors.rejectValue("municipalities", "Invalid", new Object[] { line }, null);
				return;
			}
		}
		if (form.getDepartments().isEmpty() && form.municipalityLines().isEmpty()) {
			errors.rejectValue("departments", "NoPlace");
		}
	}

	private void checkSought(NeedForm form, Errors errors) {
		if (form.getSoughtKind() == SoughtKind.AMOUNT) {
			requireValue(form.getAmount(), "amount", errors);
			if (form.getCurrency() == null) {
				errors.rejectValue("currency", "Required");
			}
			else if (!this.activities.currencies().containsKey(form.getCurrency())) {
				errors.rejectValue("currency", "Unknown");
			}
		}
		else if (form.getSoughtKind() == SoughtKind.COUNT) {
			requireValue(form.getQuantity(), "quantity", errors);
			requireValue(form.getUnitEs(), "unitEs", errors);
			requireValue(form.getUnitEn(), "unitEn", errors);
		}
	}

	private static void requireValue(Object value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "Required");
		}
	}

	private static void rejectUnknown(Collection<String> chosen, Set<String> known, String field, Errors errors) {
		if (!known.containsAll(chosen)) {
			errors.rejectValue(field, "Unknown");
		}
	}

	private static Set<String> codes(Collection<String> codes) {
		return codes.stream().collect(Collectors.toSet());
	}

}
