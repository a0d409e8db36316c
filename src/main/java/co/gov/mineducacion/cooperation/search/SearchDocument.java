package co.gov.mineducacion.cooperation.search;

import java.util.regex.Pattern;

/**
 * One thing the search can find, in the visitor's language: its kind, the address of its
 * page, its title and the rest of its text.
 */
record SearchDocument(SearchKind kind, String href, String title, String body) {

	/**
	 * Control characters, and the private-use characters the search uses as highlight
	 * markers, which no text may bring in.
	 */
	private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}\\p{Co}&&[^\\n\\t]]");

	SearchDocument {
		title = clean(title);
		body = clean(body);
	}

	private static String clean(String text) {
		return (text != null) ? UNWANTED.matcher(text).replaceAll(" ").strip() : "";
	}

}
