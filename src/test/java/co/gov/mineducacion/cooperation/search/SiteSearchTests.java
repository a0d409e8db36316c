package co.gov.mineducacion.cooperation.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.catalog.ActionTypeEdit;
import co.gov.mineducacion.cooperation.catalog.CatalogAdminService;
import co.gov.mineducacion.cooperation.catalog.PolicyAxis;
import co.gov.mineducacion.cooperation.catalog.ProjectDraft;
import co.gov.mineducacion.cooperation.catalog.ProjectLevel;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site search on the real catalogue, activities, open data and pages: known items in
 * both languages, one of each kind, and an ADMIN's change found as soon as it is made.
 */
@PortalTest
class SiteSearchTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final String NEW_PROJECT = "TST-BUSCA-01";

	@Autowired
	SiteSearch search;

	@Autowired
	CatalogAdminService catalogAdmin;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	Map<String, Object> a13;

	@AfterEach
	void putTheCatalogueBack() {
		this.jdbc.update("DELETE FROM strategic_project WHERE code = ?", NEW_PROJECT);
		if (this.a13 != null) {
			this.jdbc.update(
					"UPDATE action_type SET short_name_es = ?, short_name_en = ?, text_es = ?, text_en = ? WHERE code = 'A13'",
					this.a13.get("short_name_es"), this.a13.get("short_name_en"), this.a13.get("text_es"),
					this.a13.get("text_en"));
		}
		Caches.clearAll(this.caches);
	}

	@Test
	void findsAKnownProjectInBothLanguagesWhateverItsAccentsAndCapitals() {
		SearchResult spanish = first(this.search.search("BILINGUISMO educacion", SPANISH));
		assertThat(spanish.href()).isEqualTo("/strategic-projects/SUP-PER-03");
		assertThat(spanish.kind()).isEqualTo(SearchKind.PROJECT);
		assertThat(spanish.title().text()).isEqualTo("Fomento del bilingüismo en la educación superior");
		assertThat(spanish.title().parts()).contains(new Highlighted.Part("bilingüismo", true),
				new Highlighted.Part("educación", true));

		SearchResult english = first(this.search.search("BILINGUALISM", Locale.ENGLISH));
		assertThat(english.href()).isEqualTo("/strategic-projects/SUP-PER-03");
		assertThat(english.title().parts()).filteredOn(Highlighted.Part::marked).isNotEmpty();
		assertThat(english.title().text()).isEqualTo(this.jdbc
			.queryForObject("SELECT name_en FROM strategic_project WHERE code = 'SUP-PER-03'", String.class));
	}

	@Test
	void findsAResultOfEachKindInSpanish() {
		assertFinds("bilingüismo", SPANISH, SearchKind.PROJECT, "/strategic-projects/SUP-PER-03");
		assertFinds("instalaciones", SPANISH, SearchKind.WAY_TO_COOPERATE, "/how-to-cooperate#A08");
		assertFinds("multilaterales", SPANISH, SearchKind.COOPERATOR_KIND, "/who-may-cooperate#MULTILATERAL");
		assertFinds("aprendemos", SPANISH, SearchKind.ACTIVITY, "/activities/together-we-learn");
		assertFinds("Barranquilla", SPANISH, SearchKind.ACTIVITY, "/activities/together-we-learn");
		assertFinds("IATI", SPANISH, SearchKind.DATASET, "/open-data#dataset-iati");
		assertFinds("superintendencia", SPANISH, SearchKind.PAGE, "/privacy");
		assertFinds("radicado", SPANISH, SearchKind.PAGE, "/offers/status");
	}

	@Test
	void findsAResultOfEachKindInEnglish() {
		assertFinds("bilingualism", Locale.ENGLISH, SearchKind.PROJECT, "/strategic-projects/SUP-PER-03");
		assertFinds("facilities", Locale.ENGLISH, SearchKind.WAY_TO_COOPERATE, "/how-to-cooperate#A08");
		assertFinds("multilateral", Locale.ENGLISH, SearchKind.COOPERATOR_KIND, "/who-may-cooperate#MULTILATERAL");
		assertFinds("together learn", Locale.ENGLISH, SearchKind.ACTIVITY, "/activities/together-we-learn");
		assertFinds("IATI", Locale.ENGLISH, SearchKind.DATASET, "/open-data#dataset-iati");
		assertFinds("superintendence", Locale.ENGLISH, SearchKind.PAGE, "/privacy");
	}

	@Test
	void findsWordsByTheirBeginning() {
		assertThat(this.search.search("bilingu", SPANISH).results()).extracting(SearchResult::href)
			.contains("/strategic-projects/SUP-PER-03");
	}

	@Test
	void searchesOnlyTheVisitorsLanguage() {
		assertThat(this.search.search("instalaciones", Locale.ENGLISH).results()).extracting(SearchResult::href)
			.doesNotContain("/how-to-cooperate#A08");
	}

	@Test
	@WithAdmin
	void findsAProjectAnAdminAddsAtOnceAndNoLongerOnceRetired() {
		assertThat(hrefs("robótica", SPANISH)).doesNotContain("/strategic-projects/" + NEW_PROJECT);
		this.catalogAdmin
			.create(NEW_PROJECT, new ProjectDraft(ProjectLevel.PRESCHOOL_BASIC_SECONDARY, PolicyAxis.QUALITY,
					new Bilingual("Robótica educativa en colegios rurales", "Educational robotics in rural schools"),
					null, Set.of("A08")));

		assertThat(hrefs("robotica", SPANISH)).contains("/strategic-projects/" + NEW_PROJECT);
		assertThat(hrefs("ROBOTICS", Locale.ENGLISH)).contains("/strategic-projects/" + NEW_PROJECT);

		this.catalogAdmin.retire(NEW_PROJECT, this.catalogAdmin.project(NEW_PROJECT).version());
		assertThat(hrefs("robotica", SPANISH)).doesNotContain("/strategic-projects/" + NEW_PROJECT);
	}

	@Test
	@WithAdmin
	void findsTheNewWordsOfAWayToCooperateAnAdminRewordsAtOnce() {
		this.a13 = this.jdbc.queryForMap("SELECT * FROM action_type WHERE code = 'A13'");
		assertThat(hrefs("mecenazgo", SPANISH)).isEmpty();
		this.search.search("financieros", SPANISH); // the catalogue is now cached
		ActionTypeEdit a13 = this.catalogAdmin.actionType("A13");
		this.catalogAdmin.rewordActionType("A13", a13.version(), a13.shortName(),
				new Bilingual("Mecenazgo y recursos financieros para proyectos educativos.",
						"Patronage and financial resources for education projects."));

		assertThat(hrefs("mecenazgo", SPANISH)).containsExactly("/how-to-cooperate#A13");
		assertThat(hrefs("patronage", Locale.ENGLISH)).containsExactly("/how-to-cooperate#A13");
	}

	@Test
	void findsAPolicyByTheWordsOfItsStoredTextInBothLanguages() {
		// NTC 5854 is named in the accessibility statement's text alone, not in its title
		// or description.
		assertFinds("5854", SPANISH, SearchKind.PAGE, "/accessibility");
		assertFinds("5854", Locale.ENGLISH, SearchKind.PAGE, "/accessibility");
		assertFinds("NTC 5854", SPANISH, SearchKind.PAGE, "/accessibility");
	}

	@Test
	void readsEveryTextOfTheFixedPagesInBothLanguages() {
		for (Locale locale : List.of(SPANISH, Locale.ENGLISH)) {
			FixedPages.TEXTS.values()
				.stream()
				.flatMap(List::stream)
				.forEach((key) -> assertThat(this.messages.getMessage(key, null, null, locale)).as(key + " " + locale)
					.isNotBlank());
		}
	}

	private void assertFinds(String query, Locale locale, SearchKind kind, String href) {
		assertThat(this.search.search(query, locale).results()).as("%s (%s)", query, locale)
			.filteredOn((result) -> result.href().equals(href))
			.extracting(SearchResult::kind)
			.containsExactly(kind);
	}

	private List<String> hrefs(String query, Locale locale) {
		return this.search.search(query, locale).results().stream().map(SearchResult::href).toList();
	}

	private static SearchResult first(SearchResults results) {
		assertThat(results.results()).isNotEmpty();
		return results.results().get(0);
	}

}
