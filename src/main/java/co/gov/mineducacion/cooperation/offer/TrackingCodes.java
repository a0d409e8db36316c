package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filing numbers such as {@code CO-2026-7KQ4-M9XD}: the year, then eight random
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), easy to read aloud
 * and type, about 2^39 possibilities a year.
 */
final class TrackingCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern TYPED = Pattern.compile("^CO(\\d{4})([" + ALPHABET + "]{4})([" + ALPHABET + "]{4})$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next(Instant now) {
		StringBuilder code = new StringBuilder("CO-").append(now.atZone(Colombia.TIME_ZONE).getYear()).append('-');
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A new filing number that {@code taken} does not know yet.
	 */
	static String unused(Instant now, Predicate<String> taken) {
		String code = next(now);
		while (taken.test(code)) {
			code = next(now);
		}
		return code;
	}

	/**
	 * The filing number as typed by a person (any case, spaces or dashes anywhere), in
	 * its canonical form, or empty when it cannot be one.
	 */
	static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		Matcher matcher = TYPED.matcher(compact);
		return matcher.matches()
				? Optional.of("CO-" + matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3))
				: Optional.empty();
	}

}
