package co.gov.mineducacion.cooperation.offer;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.catalog.SectorView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of an offer form that Bean Validation cannot make alone: codes that must
 * exist in the catalogue, the NIT check digit for Colombian organisations, and rules
 * across two fields (an email address, or for an offer taken by the office, another way
 * to reach the person), and a need that is still open.
 */
@Component
class OfferFormRules {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final OpenNeeds needs;

	OfferFormRules(CatalogService catalog, TerritoryService territory, OpenNeeds needs) {
		this.catalog = catalog;
		this.territory = territory;
		this.needs = needs;
	}

	void check(OfferForm form, Errors errors) {
		Locale any = Locale.ENGLISH;
		if (form.getSector() != null
				&& !codes(this.catalog.sectors(any).stream().map(SectorView::code)).contains(form.getSector())) {
			errors.rejectValue("sector", "Unknown");
		}
		if (form.getCountry() != null && !errors.hasFieldErrors("country") && !Countries.isCountry(form.getCountry())) {
			errors.rejectValue("country", "Unknown");
		}
		if (Countries.COLOMBIA.equals(form.getCountry()) && form.getTaxId() != null
				&& !NitCheckDigit.isValid(form.getTaxId())) {
			errors.rejectValue("taxId", "Nit");
		}
		Set<String> actionTypes = codes(this.catalog.actionTypes(any).stream().map(ActionTypeView::code));
		if (!actionTypes.containsAll(form.getActionTypes())) {
			errors.rejectValue("actionTypes", "Unknown");
		}
		Set<String> projects = codes(this.catalog.projectChoices(any).stream().map(ProjectChoice::code));
		if (!projects.containsAll(form.getStrategicProjects())) {
			errors.rejectValue("strategicProjects", "Unknown");
		}
		Set<String> departments = this.territory.departmentCodes();
		if (!form.getDepartments()
			.stream()
			.allMatch((code) -> OfferForm.NATIONAL.equals(code) || departments.contains(code))) {
			errors.rejectValue("departments", "Unknown");
		}
		checkWayToReach(form, errors);
		if (form.getEstimatedValue() != null && form.getCurrency() == null) {
			errors.rejectValue("currency", "Required");
		}
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "BeforeStart");
		}
		if (form.getNeed() != null && !form.getNeed().isBlank() && !errors.hasFieldErrors("need")
				&& this.needs.open(form.getNeed().strip(), any).isEmpty()) {
			errors.rejectValue("need", "NotOpen");
		}
	}

	/**
	 * The public form needs an email address. An offer the office takes from someone
	 * without one needs a phone number or a postal address instead.
	 */
	private static void checkWayToReach(OfferForm form, Errors errors) {
		if (form.getContactEmail() != null || errors.hasFieldErrors("contactEmail")) {
			return;
		}
		if (form.requiresEmail()) {
			errors.rejectValue("contactEmail", "NotBlank");
		}
		else if (form.getContactPhone() == null && form.postalAddress() == null) {
			errors.rejectValue("contactEmail", "NoWayToReach");
		}
	}

	private static Set<String> codes(java.util.stream.Stream<String> codes) {
		return codes.collect(Collectors.toSet());
	}

}
