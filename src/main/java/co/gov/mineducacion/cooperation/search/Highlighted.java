package co.gov.mineducacion.cooperation.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the words that matched the search marked, as parts for the template to
 * write: each part is escaped as text, and a marked part goes inside {@code <mark>}. The
 * text itself never becomes markup, whatever it holds.
 */
record Highlighted(List<Part> parts) {

	/** Where {@code ts_headline} opens a match: a private-use character no text holds. */
	static final String START = "\uE000";

	/** Where {@code ts_headline} closes a match. */
	static final String STOP = "\uE001";

	Highlighted {
		parts = List.copyOf(parts);
	}

	/**
	 * Splits a headline at its markers. A marker without its pair (never produced by
	 * {@code ts_headline}) is dropped rather than trusted.
	 */
	static Highlighted of(String headline) {
		List<Part> parts = new ArrayList<>();
		String rest = (headline != null) ? headline : "";
		while (!rest.isEmpty()) {
			int start = rest.indexOf(START);
			int stop = (start >= 0) ? rest.indexOf(STOP, start) : -1;
			if (start < 0 || stop < 0) {
				add(parts, rest, false);
				break;
			}
			add(parts, rest.substring(0, start), false);
			add(parts, rest.substring(start + 1, stop), true);
			rest = rest.substring(stop + 1);
		}
		return new Highlighted(parts);
	}

	private static void add(List<Part> parts, String text, boolean marked) {
		String plain = text.replace(START, "").replace(STOP, "");
		if (!plain.isEmpty()) {
			parts.add(new Part(plain, marked));
		}
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/**
	 * The text without its marks.
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	/**
	 * A stretch of the text, marked when it matched.
	 */
	record Part(String text, boolean marked) {
	}

}
