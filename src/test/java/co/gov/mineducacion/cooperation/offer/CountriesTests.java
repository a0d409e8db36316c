package co.gov.mineducacion.cooperation.offer;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offer form's countries: Colombia first, then every other ISO 3166 country in the
 * reader's alphabetical order, made once per language.
 */
class CountriesTests {

	@Test
	void putsColombiaFirstThenTheOthersInTheReadersOrder() {
		List<Choice> spanish = Countries.choices(Locale.of("es"));
		assertThat(spanish.get(0)).isEqualTo(new Choice("CO", "Colombia"));
		assertThat(spanish).hasSize(Locale.getISOCountries().length);
		assertThat(spanish.stream().map(Choice::code)).doesNotHaveDuplicates();
		assertThat(spanish.get(1).name()).startsWith("Af");
		// Collated, not by code point, where the Å would come after the Z.
		List<String> english = Countries.choices(Locale.ENGLISH).stream().map(Choice::name).toList();
		assertThat(english.get(1)).isEqualTo("Afghanistan");
		assertThat(english.indexOf("Åland Islands")).isPositive().isLessThan(english.indexOf("Albania"));
	}

	@Test
	void makesEachLanguagesListOnceWhateverTheRegion() {
		assertThat(Countries.choices(Locale.of("es", "CO"))).isSameAs(Countries.choices(Locale.of("es", "MX")));
		assertThat(Countries.choices(Locale.ENGLISH)).isNotSameAs(Countries.choices(Locale.of("es")));
	}

}
