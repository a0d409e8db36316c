package co.gov.mineducacion.cooperation.shared.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent- and case-insensitive matching of a typed query against a text: every word of
 * the query must appear in the text ("bilinguismo" finds "Bilingüismo").
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

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

	static String normalize(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
