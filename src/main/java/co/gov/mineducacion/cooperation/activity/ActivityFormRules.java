package co.gov.mineducacion.cooperation.activity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The activity form's rules that need more than the field itself: dates that exist and
 * follow each other, codes the portal knows, well-formed lines, at least one
 * organisation.
 */
@Component
class ActivityFormRules {

	private static final Pattern CITY = Pattern.compile("\\d{5}\\s+\\S.{0,119}");

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final DacSectorRepository sectors;

	private final ActivityFundingRules funding;

	ActivityFormRules(CatalogService catalog, TerritoryService territory, DacSectorRepository sectors,
			ActivityFundingRules funding) {
		this.catalog = catalog;
		this.territory = territory;
		this.sectors = sectors;
		this.funding = funding;
	}

	void check(ActivityForm form, BindingResult result) {
		checkDates(form, result);
		if (form.getAgeMin() != null && form.getAgeMax() != null && form.getAgeMin() > form.getAgeMax()) {
			result.rejectValue("ageMax", "Order");
		}
		if (form.getStatusOverride() != null
				&& Arrays.stream(ActivityStatus.values()).noneMatch((s) -> s.name().equals(form.getStatusOverride()))) {
			result.rejectValue("statusOverride", "Unknown");
		}
		if (ActivityFormLines.lines(form.getFunders()).isEmpty()
				&& ActivityFormLines.lines(form.getImplementers()).isEmpty()
				&& ActivityFormLines.lines(form.getPartners()).isEmpty()) {
			result.rejectValue("funders", "NoOrganisation");
		}
		for (String field : new String[] { "funders", "implementers", "partners" }) {
			if (ActivityFormLines.lines((String) result.getFieldValue(field))
				.stream()
				.anyMatch((line) -> line.length() > 200)) {
				result.rejectValue(field, "TooLong");
			}
		}
		checkCodes(form, result);
		checkCities(form, result);
		checkLinks(form, result);
		this.funding.check(form, result);
	}

	private void checkDates(ActivityForm form, BindingResult result) {
		boolean startOk = result.getFieldErrorCount("start") > 0 || PartialDate.isValid(form.getStart());
		boolean endOk = result.getFieldErrorCount("end") > 0 || PartialDate.isValid(form.getEnd());
		if (!startOk) {
			result.rejectValue("start", "Invalid");
		}
		if (!endOk) {
			result.rejectValue("end", "Invalid");
		}
		if (!result.hasFieldErrors("start") && !result.hasFieldErrors("end") && form.getEnd() != null
				&& PartialDate.parse(form.getEnd())
					.firstDay()
					.isBefore(PartialDate.parse(form.getStart()).firstDay())) {
			result.rejectValue("end", "Before");
		}
	}

	private void checkCodes(ActivityForm form, BindingResult result) {
		Set<String> projects = this.catalog.projectChoices(Locale.ROOT)
			.stream()
			.map(ProjectChoice::code)
			.collect(Collectors.toSet());
		Set<String> actions = this.catalog.actionTypes(Locale.ROOT)
			.stream()
			.map(ActionTypeView::code)
			.collect(Collectors.toSet());
		Set<String> dac = this.sectors.findAllByOrderByPosition()
			.stream()
			.map(DacSector::code)
			.collect(Collectors.toSet());
		rejectUnknown(form.getDepartments(), this.territory.departmentCodes(), "departments", result);
		rejectUnknown(form.getStrategicProjects(), projects, "strategicProjects", result);
		rejectUnknown(form.getActionTypes(), actions, "actionTypes", result);
		rejectUnknown(form.getSectors(), dac, "sectors", result);
	}

	private void checkCities(ActivityForm form, BindingResult result) {
		Set<String> municipalities = this.territory.municipalityCodes();
		String added = form.getAddMunicipality();
		if (added != null && (!CITY.matcher(added).matches() || !municipalities.contains(added.substring(0, 5)))) {
			result.rejectValue("addMunicipality", "Invalid", new Object[] { added }, null);
		}
		for (String line : ActivityFormLines.lines(form.getCities())) {
			if (!CITY.matcher(line).matches() || !municipalities.contains(line.substring(0, 5))) {
				result.rejectValue("cities", "Invalid", new Object[] { line }, null);
				return;
			}
		}
	}

	private static void checkLinks(ActivityForm form, BindingResult result) {
		for (String line : ActivityFormLines.lines(form.getLinks())) {
			String[] parts = line.split("\\s+", 2);
			if (parts.length < 2 || parts[1].length() > 300 || parts[0].length() > 1000 || !isWebAddress(parts[0])) {
				result.rejectValue("links", "Invalid", new Object[] { line }, null);
				return;
			}
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void rejectUnknown(Collection<String> chosen, Set<String> known, String field,
			BindingResult result) {
		if (!known.containsAll(chosen)) {
			result.rejectValue(field, "Unknown");
		}
	}

}
