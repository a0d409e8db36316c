package co.gov.mineducacion.cooperation.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.activity.ActivityText;
import co.gov.mineducacion.cooperation.activity.ActivityTexts;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.ProjectRegister;
import co.gov.mineducacion.cooperation.opendata.OpenDataService;

import org.springframework.stereotype.Component;

/**
 * Everything the site search finds, read at the time of the search from the features that
 * own it, in the visitor's language: the fixed pages, the published strategic projects,
 * the ways to cooperate, the kinds of cooperators, the activities and the open datasets.
 * Each links to the page (or the place in a page) that shows it.
 */
@Component
class SearchCorpus {

	private final FixedPages pages;

	private final ProjectRegister projects;

	private final CatalogService catalog;

	private final ActivityTexts activities;

	private final OpenDataService openData;

	SearchCorpus(FixedPages pages, ProjectRegister projects, CatalogService catalog, ActivityTexts activities,
			OpenDataService openData) {
		this.pages = pages;
		this.projects = projects;
		this.catalog = catalog;
		this.activities = activities;
		this.openData = openData;
	}

	List<SearchDocument> in(Locale locale) {
		List<SearchDocument> documents = new ArrayList<>(this.pages.in(locale));
		this.projects.published()
			.forEach((p) -> documents.add(new SearchDocument(SearchKind.PROJECT, "/strategic-projects/" + p.code(),
					p.name().in(locale), (p.objective() != null) ? p.objective().in(locale) : "")));
		this.catalog.actionTypes(locale)
			.forEach((type) -> documents.add(new SearchDocument(SearchKind.WAY_TO_COOPERATE,
					"/how-to-cooperate#" + type.code(), type.shortName(), type.text())));
		this.catalog.sectors(locale)
			.forEach((sector) -> documents.add(new SearchDocument(SearchKind.COOPERATOR_KIND,
					"/who-may-cooperate#" + sector.code(), sector.name(), sector.text())));
		this.activities.all().forEach((activity) -> documents.add(activity(activity, locale)));
		this.openData.descriptions(locale)
			.forEach((dataset) -> documents
				.add(new SearchDocument(SearchKind.DATASET, dataset.href(), dataset.title(), dataset.text())));
		return documents;
	}

	/**
	 * An activity is also found by the organisations and the places it works with, as the
	 * activities' own filter finds it.
	 */
	private static SearchDocument activity(ActivityText activity, Locale locale) {
		String body = Stream
			.of(Stream.of(activity.description().in(locale)), activity.organisations().stream(),
					activity.cities().stream())
			.flatMap((texts) -> texts)
			.collect(Collectors.joining("\n"));
		return new SearchDocument(SearchKind.ACTIVITY, "/activities/" + activity.slug(), activity.title().in(locale),
				body);
	}

}
