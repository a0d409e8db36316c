package co.gov.mineducacion.cooperation.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a visitor typed into the search field, made fit to search: the full-text search
 * reads {@link #text()} with {@code websearch_to_tsquery}, which accepts any input, and
 * {@link #beginnings()} with {@code to_tsquery}, built here from letters and digits alone
 * so that its syntax is always valid. Both travel as parameters, never inside the SQL.
 *
 * @param text the query, cleaned by {@link #clean(String)}
 */
record SearchQuery(String text) {

	/** The longest query searched, in characters. */
	static final int MAX_LENGTH = 200;

	/** Word beginnings shorter than this would match too much ("de" in every text). */
	static final int SHORTEST_BEGINNING = 3;

	private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Z}]+");

	/** Control, format, private-use and lone surrogate characters: never searched. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * The text as typed, composed (a decomposed "ü" becomes one letter), with line breaks
	 * and runs of spaces turned into one space, control and invisible characters removed,
	 * and trimmed.
	 */
	static String clean(String typed) {
		String composed = Normalizer.normalize(typed, Normalizer.Form.NFC);
		String spaced = BREAKS.matcher(composed).replaceAll(" ");
		return INVISIBLE.matcher(spaced).replaceAll("").strip();
	}

	/**
	 * Whether the text holds at least one letter or digit: punctuation alone is no query.
	 */
	static boolean hasWords(String text) {
		return text != null && WORD.matcher(text).find();
	}

	/**
	 * Each word of three characters or more as a beginning ({@code bilingu:*}), all of
	 * them required: a {@code to_tsquery} expression, or empty when no word is long
	 * enough.
	 */
	String beginnings() {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(this.text);
		while (matcher.find()) {
			if (matcher.group().codePointCount(0, matcher.group().length()) >= SHORTEST_BEGINNING) {
				words.add(matcher.group());
			}
		}
		return words.stream().map((word) -> word + ":*").collect(Collectors.joining(" & "));
	}

}
