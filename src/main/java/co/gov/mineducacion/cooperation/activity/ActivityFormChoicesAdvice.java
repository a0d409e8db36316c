package co.gov.mineducacion.cooperation.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reference data the activity form chooses from.
 */
@ControllerAdvice(assignableTypes = ActivityAdminController.class)
class ActivityFormChoicesAdvice {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final DacSectorRepository sectors;

	private final MessageSource messages;

	private final FundingViews funding;

	ActivityFormChoicesAdvice(CatalogService catalog, TerritoryService territory, DacSectorRepository sectors,
			MessageSource messages, FundingViews funding) {
		this.catalog = catalog;
		this.territory = territory;
		this.sectors = sectors;
		this.messages = messages;
		this.funding = funding;
	}

	@ModelAttribute("statusOptions")
	List<Option> statuses(Locale locale) {
		return Arrays.stream(ActivityStatus.values())
			.map((s) -> new Option(s.name(), this.messages.getMessage("ActivityStatus." + s, null, locale)))
			.toList();
	}

	@ModelAttribute("departmentOptions")
	List<Option> departments() {
		return this.territory.departments().stream().map((d) -> new Option(d.code(), d.name())).toList();
	}

	@ModelAttribute("projectOptions")
	List<ProjectChoice> projects(Locale locale) {
		return this.catalog.projectChoices(locale);
	}

	@ModelAttribute("actionTypeOptions")
	List<Option> actionTypes(Locale locale) {
		return this.catalog.actionTypes(locale)
			.stream()
			.map((a) -> new Option(a.code(), a.code() + " · " + a.shortName()))
			.toList();
	}

	@ModelAttribute("municipalityOptions")
	List<Option> municipalities() {
		Map<String, String> departments = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		return this.territory.municipalities()
			.stream()
			.map((m) -> new Option(m.code() + " " + m.name(), departments.get(m.departmentCode())))
			.toList();
	}

	@ModelAttribute("sectorOptions")
	List<Option> sectors(Locale locale) {
		return this.sectors.findAllByOrderByPosition()
			.stream()
			.map((s) -> new Option(s.code(), s.code() + " · " + s.name().in(locale)))
			.toList();
	}

	@ModelAttribute("sdgOptions")
	List<Option> sdgs(Locale locale) {
		return this.funding.goals(locale);
	}

	@ModelAttribute("currencyOptions")
	List<Option> currencies() {
		return this.funding.currencies();
	}

	@ModelAttribute("cooperationTypes")
	CooperationType[] cooperationTypes() {
		return CooperationType.values();
	}

	@ModelAttribute("modalities")
	Modality[] modalities() {
		return Modality.values();
	}

}
