package co.gov.mineducacion.cooperation.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses shown to staff who need to know which message it is, not whose:
 * {@code an***@fundacion.org}. The domain stays, as it often explains a failure.
 */
final class MaskedAddresses {

	private static final Pattern ADDRESS = Pattern.compile("([^\\s<>\"'@,;:()\\[\\]]+)@([A-Za-z0-9.-]+)");

	private MaskedAddresses() {
	}

	/**
	 * The text with every address in it masked: an address alone, or an error message
	 * that quotes one.
	 */
	static String mask(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = ADDRESS.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			String local = matcher.group(1);
			String kept = local.substring(0, Math.min(2, local.length() - 1));
			matcher.appendReplacement(masked, Matcher.quoteReplacement(kept + "***@" + matcher.group(2)));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}
