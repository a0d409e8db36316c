package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectChoice;
import co.gov.mineducacion.cooperation.catalog.ProjectSuggestions;
import co.gov.mineducacion.cooperation.catalog.SuggestedProject;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;
import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.stereotype.Component;

/**
 * The strategic projects as the offer page needs them: their names, whether a code is
 * published, and suggestions for an offer whose submitter chose none.
 */
@Component
class OfferProjects {

	private final ProjectSuggestions suggestions;

	private final CatalogService catalog;

	OfferProjects(ProjectSuggestions suggestions, CatalogService catalog) {
		this.suggestions = suggestions;
		this.catalog = catalog;
	}

	List<SuggestedProject> suggestionsFor(ReviewDetails offer, Locale locale) {
		if (!offer.strategicProjects().isEmpty()) {
			return List.of();
		}
		return this.suggestions.forOffer(offer.actionTypes(), offer.title(), offer.description(), locale);
	}

	Map<String, String> names(Locale locale) {
		return this.catalog.projectChoices(locale)
			.stream()
			.collect(Collectors.toMap(ProjectChoice::code, ProjectChoice::name));
	}

	boolean isPublished(String code) {
		return code != null && this.catalog.projectChoices(Languages.SPANISH)
			.stream()
			.anyMatch((project) -> project.code().equals(code));
	}

}
