package co.gov.mineducacion.cooperation.activity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable addresses from titles: "Juntos Aprendemos" becomes "juntos-aprendemos".
 */
final class Slugs {

	static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	static String of(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "activity" : slug;
	}

}
