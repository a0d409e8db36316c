package co.gov.mineducacion.cooperation.shared.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BilingualTests {

	private final Bilingual text = new Bilingual("Calidad", "Quality");

	@Test
	void speaksEnglishToEnglishReaders() {
		assertThat(this.text.in(Locale.ENGLISH)).isEqualTo("Quality");
		assertThat(this.text.in(Locale.forLanguageTag("en-GB"))).isEqualTo("Quality");
	}

	@Test
	void speaksSpanishToEveryoneElse() {
		assertThat(this.text.in(Locale.forLanguageTag("es-CO"))).isEqualTo("Calidad");
		assertThat(this.text.in(Locale.FRENCH)).isEqualTo("Calidad");
		assertThat(this.text.in(null)).isEqualTo("Calidad");
	}

}
