package co.gov.mineducacion.cooperation.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strategic projects suggested for an offer whose submitter chose none, on the real
 * catalogue: ranked by shared ways to cooperate and by words in common, in either
 * language.
 */
@PortalTest
class ProjectSuggestionsTests {

	@Autowired
	ProjectSuggestions suggestions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ranksTheProjectWhoseTextTheOfferSharesFirst() {
		List<SuggestedProject> found = this.suggestions.forOffer(Set.of("A06"),
				"Laboratorios de bilingüismo para universidades",
				"Formación en inglés para estudiantes de educación superior.", Locale.forLanguageTag("es"));
		assertThat(found).hasSizeLessThanOrEqualTo(5);
		assertThat(found.get(0).code()).isEqualTo("SUP-PER-03");
		assertThat(found.get(0).name()).isEqualTo("Fomento del bilingüismo en la educación superior");
		assertThat(found.get(0).wordsInCommon()).isTrue();
	}

	@Test
	void findsProjectsByWordPrefixesAndInEnglish() {
		List<SuggestedProject> found = this.suggestions.forOffer(Set.of("A13"), "Becas de movilidad internacional",
				"Intercambio internacional de estudiantes con universidades europeas.", Locale.ENGLISH);
		assertThat(found).extracting(SuggestedProject::code).first().isEqualTo("SUP-PER-02");
		assertThat(found.get(0).name()).isEqualTo(englishName("SUP-PER-02"));
		assertThat(found.get(0).sharedActionTypes()).containsExactly("Financial resources");
	}

	@Test
	void explainsWhichWaysToCooperateAProjectSharesAndRanksByThem() {
		List<SuggestedProject> before = communication();
		assertThat(before.get(0).code()).isEqualTo("EFI-06");
		assertThat(before.get(0).sharedActionTypes()).containsExactly("Divulgar experiencias significativas",
				"Alianzas multisectoriales");
		assertThat(before.get(0).wordsInCommon()).isTrue();
		this.jdbc.update("DELETE FROM strategic_project_action_type WHERE strategic_project_id = "
				+ "(SELECT id FROM strategic_project WHERE code = 'EFI-06') AND action_type_id IN "
				+ "(SELECT id FROM action_type WHERE code = 'A01')");
		try {
			List<SuggestedProject> after = communication();
			SuggestedProject narrowed = after.stream()
				.filter((p) -> p.code().equals("EFI-06"))
				.findFirst()
				.orElseThrow();
			assertThat(narrowed.sharedActionTypes()).containsExactly("Alianzas multisectoriales");
			assertThat(after.indexOf(narrowed)).isGreaterThan(0);
		}
		finally {
			this.jdbc.update("INSERT INTO strategic_project_action_type (strategic_project_id, action_type_id) "
					+ "SELECT p.id, a.id FROM strategic_project p, action_type a "
					+ "WHERE p.code = 'EFI-06' AND a.code = 'A01'");
		}
	}

	private List<SuggestedProject> communication() {
		return this.suggestions.forOffer(Set.of("A01", "A03"), "Comunicación y movilización social por la educación",
				"Campañas de comunicación en regiones.", Locale.forLanguageTag("es"));
	}

	@Test
	void suggestsNothingForAnOfferWithoutWaysOrWordsInCommon() {
		assertThat(this.suggestions.forOffer(Set.of(), "", "", Locale.ENGLISH)).isEmpty();
		assertThat(this.suggestions.forOffer(Set.of(), "Xyzzy qwrtp", "Plugh", Locale.ENGLISH)).isEmpty();
	}

	private String englishName(String code) {
		return this.jdbc.queryForObject("SELECT name_en FROM strategic_project WHERE code = ?", String.class, code);
	}

}
