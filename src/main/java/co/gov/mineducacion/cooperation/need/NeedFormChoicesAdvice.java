package co.gov.mineducacion.cooperation.need;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reference data the need form chooses from: projects, ways to cooperate,
 * departments, municipalities (for the searchable field), currencies and activities.
 */
@ControllerAdvice(assignableTypes = NeedAdminController.class)
class NeedFormChoicesAdvice {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final ActivityService activities;

	NeedFormChoicesAdvice(CatalogService catalog, TerritoryService territory, ActivityService activities) {
		this.catalog = catalog;
		this.territory = territory;
		this.activities = activities;
	}

	@ModelAttribute("projectOptions")
	List<ProjectChoice> projects(Locale locale) {
		return this.catalog.projectChoices(locale);
	}

	@ModelAttribute("actionTypeOptions")
	List<Choice> actionTypes(Locale locale) {
		return this.catalog.actionTypes(locale)
			.stream()
			.map((a) -> new Choice(a.code(), a.code() + " · " + a.shortName()))
			.toList();
	}

	@ModelAttribute("departmentOptions")
	List<Choice> departments() {
		return this.territory.departments().stream().map((d) -> new Choice(d.code(), d.name())).toList();
	}

	@ModelAttribute("municipalityOptions")
	List<Choice> municipalities() {
		Map<String, String> departments = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		return this.territory.municipalities()
			.stream()
			.map((m) -> new Choice(m.code() + " " + m.name(), departments.get(m.departmentCode())))
			.toList();
	}

	@ModelAttribute("currencyOptions")
	List<Choice> currencies() {
		return this.activities.currencies()
			.entrySet()
			.stream()
			.map((c) -> new Choice(c.getKey(), c.getKey() + " · " + c.getValue()))
			.toList();
	}

	@ModelAttribute("activityOptions")
	List<Choice> activities(Locale locale) {
		return this.activities.records().stream().map((a) -> new Choice(a.slug(), a.title().in(locale))).toList();
	}

	@ModelAttribute("statuses")
	NeedStatus[] statuses() {
		return NeedStatus.values();
	}

	@ModelAttribute("soughtKinds")
	SoughtKind[] soughtKinds() {
		return SoughtKind.values();
	}

}
