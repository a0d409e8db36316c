package co.gov.mineducacion.cooperation.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Email domains as an ADMIN types them: separated by new lines, spaces or commas. Each is
 * a public domain name (dot-separated labels ending in a top-level domain of letters); IP
 * addresses and {@code localhost} are not.
 */
final class DomainNameList {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final int MAX_LENGTH = 253;

	private DomainNameList() {
	}

	/**
	 * The domains in the text, in lower case and without repeats; blank text holds none.
	 */
	static List<String> parse(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text.strip()))
			.map((domain) -> domain.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	static boolean isPublicDomain(String domain) {
		return domain.length() <= MAX_LENGTH && DOMAIN.matcher(domain).matches();
	}

	public static class Validator implements ConstraintValidator<DomainNames, String> {

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return parse(text).stream().allMatch(DomainNameList::isPublicDomain);
		}

	}

}
