package co.gov.mineducacion.cooperation.shared.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive matching of a typed query against a text: every word of
 * the query must appear in the text ("bilinguismo" finds "Bilingüismo").
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> COMMON = Set.of("para", "como", "este", "esta", "estos", "estas", "entre", "sobre",
			"desde", "hasta", "donde", "cuando", "tambien", "todos", "todas", "puede", "pueden", "with", "from", "that",
			"this", "these", "those", "their", "they", "will", "have", "which", "where", "when", "into", "about",
			"also", "more", "other");

	private final List<String> terms;

	private SearchText(List<String> terms) {
		this.terms = terms;
	}

	public static SearchText of(String query) {
		String normalized = normalize(query == null ? "" : query).strip();
		return new SearchText(normalized.isEmpty() ? List.of() : Arrays.asList(SPACES.split(normalized)));
	}

	public boolean isEmpty() {
		return this.terms.isEmpty();
	}

	public boolean matches(String... texts) {
		String haystack = normalize(String.join(" ", Arrays.stream(texts).map((t) -> (t != null) ? t : "").toList()));
		return this.terms.stream().allMatch(haystack::contains);
	}

	/**
	 * The words two texts are compared by ("2 shared words"): accents and case ignored,
	 * words of four letters or more, without the commonest Spanish and English ones.
	 */
	public static Set<String> words(String... texts) {
		Set<String> words = new TreeSet<>();
		for (String text : texts) {
			if (text != null) {
				for (String word : NOT_LETTERS.split(normalize(text))) {
					if (word.length() >= 4 && !COMMON.contains(word)) {
						words.add(word);
					}
				}
			}
		}
		return words;
	}

	static String normalize(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
