package co.gov.mineducacion.cooperation.offer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The reference data the offer form and its review page choose from, as model attributes
 * in the reader's language. The lists last read in each language are kept, so that the
 * form can still come back with what was typed while the database is out of reach.
 */
@Component
class OfferFormChoices {

	private static final Logger logger = LoggerFactory.getLogger(OfferFormChoices.class);

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final MessageSource messages;

	private final Map<String, Map<String, Object>> lastRead = new ConcurrentHashMap<>();

	OfferFormChoices(CatalogService catalog, TerritoryService territory, MessageSource messages) {
		this.catalog = catalog;
		this.territory = territory;
		this.messages = messages;
	}

	Map<String, Object> read(Locale locale) {
		List<ActionTypeView> actionTypes = this.catalog.actionTypes(locale);
		Map<String, Object> choices = new LinkedHashMap<>();
		choices.put("sectors", this.catalog.sectors(locale));
		choices.put("actionTypeChoices", actionTypes);
		choices.put("actionTypeOptions",
				actionTypes.stream()
					.map((type) -> new Choice(type.code(), type.code() + " · " + type.shortName()))
					.toList());
		choices.put("projectChoices", this.catalog.projectChoices(locale));
		choices.put("departmentOptions", departments(locale));
		choices.put("languages", List.of(new Choice("es", "Español"), new Choice("en", "English")));
		choices.put("countries", Countries.choices(locale));
		choices.put("contributionKinds",
				Arrays.stream(ContributionKind.values())
					.map((kind) -> new Choice(kind.name(), label("ContributionKind." + kind.name(), locale)))
					.toList());
		choices.put("currencies",
				Arrays.stream(OfferCurrency.values()).map((c) -> new Choice(c.name(), c.name())).toList());
		Map<String, Object> read = Map.copyOf(choices);
		this.lastRead.put(locale.getLanguage(), read);
		return read;
	}

	/**
	 * The lists as last read in this language, if they ever were.
	 */
	Optional<Map<String, Object>> lastRead(Locale locale) {
		return Optional.ofNullable(this.lastRead.get(locale.getLanguage()));
	}

	/**
	 * Reads the lists once at start-up, so that they are at hand even if the database
	 * goes away before anyone opens the form.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void readAtStartUp() {
		try {
			Languages.SUPPORTED.forEach(this::read);
		}
		catch (DataAccessException ex) {
			logger.warn("Offer form choices not read at start-up: {}", ex.getMessage());
		}
	}

	private List<Choice> departments(Locale locale) {
		Choice national = new Choice(OfferForm.NATIONAL, label("offer.form.departments.national", locale));
		return Stream
			.concat(Stream.of(national),
					this.territory.departments().stream().map((d) -> new Choice(d.code(), d.name())))
			.toList();
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
