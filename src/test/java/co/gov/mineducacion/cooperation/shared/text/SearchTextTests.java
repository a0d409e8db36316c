package co.gov.mineducacion.cooperation.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void ignoresAccentsAndCase() {
		assertThat(SearchText.of("BILINGUISMO").matches("Fomento del bilingüismo")).isTrue();
		assertThat(SearchText.of("bilingüismo").matches("FOMENTO DEL BILINGUISMO")).isTrue();
	}

	@Test
	void requiresEveryWordSomewhereInTheTexts() {
		SearchText text = SearchText.of("  bilingüismo   superior ");
		assertThat(text.matches("Fomento del bilingüismo", "en la educación superior")).isTrue();
		assertThat(text.matches("Fomento del bilingüismo")).isFalse();
	}

	@Test
	void blankQueryIsEmptyAndNullTextsAreSkipped() {
		assertThat(SearchText.of("   ").isEmpty()).isTrue();
		assertThat(SearchText.of(null).isEmpty()).isTrue();
		assertThat(SearchText.of("calidad").matches(null, "Calidad")).isTrue();
	}

	@Test
	void treatsPatternCharactersLiterally() {
		assertThat(SearchText.of("100%").matches("100 por ciento")).isFalse();
		assertThat(SearchText.of("a_b").matches("a_b")).isTrue();
	}

}
