package co.gov.mineducacion.cooperation.search;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text statement on the real PostgreSQL, over documents made for each case:
 * stems in each language, accents and capitals ignored, ranking, word beginnings,
 * highlighting, and input that must stay text.
 */
@RepositoryTest
class FullTextSearchTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	FullTextSearch search;

	@Test
	void findsAWordWithoutItsAccentsOrCapitalsAndMarksItAsWritten() {
		SearchResults found = find("BILINGUISMO", SPANISH,
				document("/a", "Fomento del bilingüismo en la educación superior", ""),
				document("/b", "Infraestructura educativa", "Colegios nuevos."));
		assertThat(found.results()).extracting(SearchResult::href).containsExactly("/a");
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.results().get(0).title().parts()).containsExactly(new Highlighted.Part("Fomento del ", false),
				new Highlighted.Part("bilingüismo", true), new Highlighted.Part(" en la educación superior", false));
	}

	@Test
	void stemsInTheVisitorsLanguage() {
		assertThat(hrefs(find("colegio", SPANISH, document("/a", "Colegios rurales", "")))).containsExactly("/a");
		assertThat(hrefs(find("SCHOOL", Locale.ENGLISH, document("/a", "Rural schools", "")))).containsExactly("/a");
		assertThat(hrefs(find("bilingualism", Locale.ENGLISH, document("/a", "National Bilingualism Programme", ""))))
			.containsExactly("/a");
	}

	@Test
	void ranksATitleMatchAboveMatchesInTheTextAlone() {
		SearchResults found = find("becas", SPANISH,
				document("/text", "Movilidad internacional", "Becas, becas y más becas para estudiantes."),
				document("/title", "Becas de posgrado", "Estudios en el exterior."),
				document("/none", "Infraestructura", "Aulas."));
		assertThat(hrefs(found)).containsExactly("/title", "/text");
	}

	@Test
	void quotesTheTextAroundTheMatchAndItsBeginningWhenOnlyTheTitleMatched() {
		SearchResults found = find("laboratorios", SPANISH,
				document("/a", "Dotación", "Primera frase sin nada. Los laboratorios de ciencias de los colegios."),
				document("/b", "Laboratorios", "Un texto que no habla del tema."));
		SearchResult inText = found.results().stream().filter((r) -> r.href().equals("/a")).findFirst().orElseThrow();
		assertThat(inText.snippet().parts()).contains(new Highlighted.Part("laboratorios", true));
		SearchResult inTitle = found.results().stream().filter((r) -> r.href().equals("/b")).findFirst().orElseThrow();
		assertThat(inTitle.snippet().text()).startsWith("Un texto");
	}

	@Test
	void fallsBackToWordBeginningsOnlyWhenNoWholeWordMatches() {
		assertThat(hrefs(find("bilingu", SPANISH, document("/a", "Programa de Bilingüismo", ""),
				document("/b", "Otra cosa", ""))))
			.containsExactly("/a");
		SearchResults whole = find("becas", SPANISH, document("/whole", "Becas", ""),
				document("/beginning", "Becarios del programa", ""));
		assertThat(hrefs(whole)).containsExactly("/whole");
		SearchResults beginning = find("beca", SPANISH, document("/a", "Becarios", ""));
		assertThat(beginning.results().get(0).title().parts()).contains(new Highlighted.Part("Becarios", true));
	}

	@Test
	void findsNothingForStopWordsAlone() {
		assertThat(find("de la para", SPANISH, document("/a", "Programa para la educación de adultos", "")).total())
			.isZero();
	}

	@Test
	void takesSearchSyntaxAndInjectionAttemptsAsWords() {
		List<SearchDocument> documents = List.of(document("/a", "Educación", "Texto"));
		for (String query : List.of("' OR '1'='1", "'; DROP TABLE strategic_project; --", "\"unterminated",
				"a & | ! ( ) :* <-> b", "-educación", "educación or", "\\'; --", "%' UNION SELECT 1 --")) {
			assertThat(this.search.find(new SearchQuery(SearchQuery.clean(query)), documents, SPANISH)).as(query)
				.isNotNull();
		}
		assertThat(hrefs(find("\"educación\"", SPANISH, documents.toArray(SearchDocument[]::new))))
			.containsExactly("/a");
	}

	@Test
	void keepsMarkupInTheTextsAsTextAndLetsNoTextForgeAMark() {
		SearchResults found = find("script", SPANISH, document("/a", "<script>alert(1)</script>", "Texto con "
				+ Highlighted.START + "falso" + Highlighted.STOP + " y <img src=x onerror=alert(2)> script"));
		SearchResult result = found.results().get(0);
		assertThat(result.title().text()).isEqualTo("<script>alert(1)</script>");
		assertThat(result.snippet().text()).contains("<img src=x onerror=alert(2)>").contains("falso");
		assertThat(result.snippet().parts()).filteredOn(Highlighted.Part::marked)
			.extracting(Highlighted.Part::text)
			.containsOnly("script");
	}

	private SearchResults find(String query, Locale locale, SearchDocument... documents) {
		return this.search.find(new SearchQuery(query), List.of(documents), locale);
	}

	private static List<String> hrefs(SearchResults found) {
		return found.results().stream().map(SearchResult::href).toList();
	}

	private static SearchDocument document(String href, String title, String body) {
		return new SearchDocument(SearchKind.PAGE, href, title, body);
	}

}
