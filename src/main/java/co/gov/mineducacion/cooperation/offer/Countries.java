package co.gov.mineducacion.cooperation.offer;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ISO 3166 countries, named in the reader's language, Colombia first.
 */
final class Countries {

	static final String COLOMBIA = "CO";

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	static List<Choice> choices(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Stream<Choice> others = Arrays.stream(Locale.getISOCountries())
			.filter((code) -> !COLOMBIA.equals(code))
			.map((code) -> new Choice(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Choice::name, collator));
		return Stream.concat(Stream.of(new Choice(COLOMBIA, Locale.of("", COLOMBIA).getDisplayCountry(locale))), others)
			.toList();
	}

	static boolean isCountry(String code) {
		return code != null && CODES.contains(code);
	}

	static String name(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

}
