package co.gov.mineducacion.cooperation.staff;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a password is made only of the words an attacker of this portal tries first —
 * the Ministry's, the office's and the portal's names, the person's own name and email —
 * whatever digits, symbols, accents or capitals join them. zxcvbn counts each such word
 * as cheap, yet a few of them with a year and separators still pass its bar.
 */
final class GuessableWords {

	/** Without accents: the password is compared without them. */
	static final List<String> CONTEXT = List.of("ministerio", "mineducacion", "educacion", "nacional", "cooperacion",
			"internacional", "oficina", "portal", "colombia", "bogota", "gobierno");

	/** Short words that join the others in a Spanish phrase. */
	private static final List<String> JOINING = List.of("de", "del", "la", "el", "los", "las", "y", "en", "mi");

	private GuessableWords() {
	}

	static boolean only(String password, String email, String name) {
		Set<String> words = new HashSet<>(CONTEXT);
		words.addAll(JOINING);
		for (String part : (plain(email) + " " + plain(name)).split("[^a-z]+")) {
			if (part.length() >= 2) {
				words.add(part);
			}
		}
		String letters = plain(password).replaceAll("[^a-z]", "");
		return !letters.isEmpty() && madeOf(letters, words);
	}

	private static String plain(String text) {
		return (text != null)
				? Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
				: "";
	}

	/** Whether {@code letters} splits entirely into {@code words}. */
	private static boolean madeOf(String letters, Set<String> words) {
		boolean[] reachable = new boolean[letters.length() + 1];
		reachable[0] = true;
		for (int end = 1; end <= letters.length(); end++) {
			for (int start = 0; start < end && !reachable[end]; start++) {
				reachable[end] = reachable[start] && words.contains(letters.substring(start, end));
			}
		}
		return reachable[letters.length()];
	}

}
