package co.gov.mineducacion.cooperation.shared.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks: Spanish first, English second.
 */
public final class Languages {

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

	private Languages() {
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/**
	 * The supported language closest to the given one, Spanish when none is close.
	 */
	public static Locale closestTo(Locale locale) {
		return isEnglish(locale) ? ENGLISH : SPANISH;
	}

}
