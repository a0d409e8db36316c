package co.gov.mineducacion.cooperation.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.catalog.SectorView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reference data the offer form and its review page choose from.
 */
@ControllerAdvice(assignableTypes = OfferController.class)
class OfferFormChoicesAdvice {

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final MessageSource messages;

	OfferFormChoicesAdvice(CatalogService catalog, TerritoryService territory, MessageSource messages) {
		this.catalog = catalog;
		this.territory = territory;
		this.messages = messages;
	}

	@ModelAttribute("sectors")
	List<SectorView> sectors(Locale locale) {
		return this.catalog.sectors(locale);
	}

	@ModelAttribute("actionTypeChoices")
	List<ActionTypeView> actionTypes(Locale locale) {
		return this.catalog.actionTypes(locale);
	}

	@ModelAttribute("actionTypeOptions")
	List<Choice> actionTypeOptions(Locale locale) {
		return this.catalog.actionTypes(locale)
			.stream()
			.map((type) -> new Choice(type.code(), type.code() + " · " + type.shortName()))
			.toList();
	}

	@ModelAttribute("projectChoices")
	List<ProjectChoice> projects(Locale locale) {
		return this.catalog.projectChoices(locale);
	}

	@ModelAttribute("departmentOptions")
	List<Choice> departments(Locale locale) {
		List<Choice> national = List.of(new Choice(OfferForm.NATIONAL,
				this.messages.getMessage("offer.form.departments.national", null, locale)));
		return Stream
			.concat(national.stream(), this.territory.departments().stream().map((d) -> new Choice(d.code(), d.name())))
			.toList();
	}

	@ModelAttribute("languages")
	List<Choice> languages() {
		return List.of(new Choice("es", "Español"), new Choice("en", "English"));
	}

	@ModelAttribute("countries")
	List<Choice> countries(Locale locale) {
		return Countries.choices(locale);
	}

	@ModelAttribute("contributionKinds")
	List<Choice> contributionKinds(Locale locale) {
		return Arrays.stream(ContributionKind.values())
			.map((kind) -> new Choice(kind.name(),
					this.messages.getMessage("ContributionKind." + kind.name(), null, locale)))
			.toList();
	}

	@ModelAttribute("currencies")
	List<Choice> currencies() {
		return Arrays.stream(OfferCurrency.values()).map((c) -> new Choice(c.name(), c.name())).toList();
	}

}
