package co.gov.mineducacion.cooperation.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a typed query becomes before it reaches PostgreSQL, and how a headline's markers
 * become highlighted parts.
 */
class SearchQueryTests {

	@Test
	void removesControlAndInvisibleCharactersAndJoinsSpaces() {
		assertThat(SearchQuery.clean("  bilin\u0000güis\u0007mo\u200B \t\n becas\u00A0 "))
			.isEqualTo("bilingüismo becas");
		assertThat(SearchQuery.clean("bilingu\u0308ismo")).isEqualTo("bilingüismo");
		assertThat(SearchQuery.clean("a" + Highlighted.START + "b" + Highlighted.STOP)).isEqualTo("ab");
	}

	@Test
	void needsALetterOrADigit() {
		assertThat(SearchQuery.hasWords("¿?¡! … -- ;")).isFalse();
		assertThat(SearchQuery.hasWords("")).isFalse();
		assertThat(SearchQuery.hasWords(null)).isFalse();
		assertThat(SearchQuery.hasWords("¿2026?")).isTrue();
		assertThat(SearchQuery.hasWords("niño")).isTrue();
	}

	@Test
	void turnsWordsOfThreeCharactersOrMoreIntoBeginningsAndDropsAllSyntax() {
		assertThat(new SearchQuery("bilingu de educ").beginnings()).isEqualTo("bilingu:* & educ:*");
		assertThat(new SearchQuery("' OR 1=1; DROP TABLE x; -- :* & | !(").beginnings()).isEqualTo("DROP:* & TABLE:*");
		assertThat(new SearchQuery("de la y").beginnings()).isEmpty();
		assertThat(new SearchQuery("becas becas").beginnings()).isEqualTo("becas:*");
	}

	@Test
	void splitsAHeadlineIntoMarkedAndPlainParts() {
		Highlighted title = Highlighted.of("Fomento del " + Highlighted.START + "bilingüismo" + Highlighted.STOP + "!");
		assertThat(title.parts()).containsExactly(new Highlighted.Part("Fomento del ", false),
				new Highlighted.Part("bilingüismo", true), new Highlighted.Part("!", false));
		assertThat(title.text()).isEqualTo("Fomento del bilingüismo!");
	}

	@Test
	void trustsNoUnpairedMarker() {
		assertThat(Highlighted.of("a" + Highlighted.START + "b").parts())
			.containsExactly(new Highlighted.Part("ab", false));
		assertThat(Highlighted.of("a" + Highlighted.STOP + "b").parts())
			.containsExactly(new Highlighted.Part("ab", false));
		assertThat(Highlighted.of(null).isEmpty()).isTrue();
	}

}
