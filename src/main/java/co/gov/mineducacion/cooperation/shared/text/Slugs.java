package co.gov.mineducacion.cooperation.shared.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses from titles: "Juntos Aprendemos" becomes "juntos-aprendemos"; a
 * title without letters or digits gets the fallback.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	public static String of(String title, String fallback) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

}
