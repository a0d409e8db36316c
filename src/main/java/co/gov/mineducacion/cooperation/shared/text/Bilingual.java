package co.gov.mineducacion.cooperation.shared.text;

import java.util.Locale;

/**
 * A text the portal publishes in Spanish (the default) and English.
 *
 * @param es the Spanish text
 * @param en the English text
 */
public record Bilingual(String es, String en) {

	/**
	 * The text in the language of the given locale: English for English, Spanish
	 * otherwise.
	 */
	public String in(Locale locale) {
		return Languages.isEnglish(locale) ? this.en : this.es;
	}

}
