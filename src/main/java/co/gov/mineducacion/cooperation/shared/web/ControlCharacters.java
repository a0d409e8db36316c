package co.gov.mineducacion.cooperation.shared.web;

import java.util.regex.Pattern;

/**
 * The invisible control characters no one types on purpose: C0 controls other than tab,
 * line feed and carriage return, and DEL. PostgreSQL refuses NUL outright, and the others
 * only hide text from the people who read it.
 */
public final class ControlCharacters {

	private static final Pattern UNWANTED = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

	private ControlCharacters() {
	}

	/**
	 * {@code text} without control characters; {@code null} stays {@code null}.
	 */
	public static String strip(String text) {
		return (text != null) ? UNWANTED.matcher(text).replaceAll("") : null;
	}

	public static boolean present(String text) {
		return text != null && UNWANTED.matcher(text).find();
	}

}
