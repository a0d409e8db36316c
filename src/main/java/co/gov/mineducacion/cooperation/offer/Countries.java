package co.gov.mineducacion.cooperation.offer;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The ISO 3166 countries, named in the reader's language, Colombia first. The JDK's list
 * never changes while the portal runs, so each language's sorted list is made once: the
 * collation of 249 names was a twentieth of the offer form's time (issue 17's profile).
 */
final class Countries {

	static final String COLOMBIA = "CO";

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Map<Locale, List<Choice>> CHOICES = new ConcurrentHashMap<>();

	private Countries() {
	}

	static List<Choice> choices(Locale locale) {
		// By language: the portal speaks two, whatever region a visitor's browser names.
		return CHOICES.computeIfAbsent(Locale.of(locale.getLanguage()), Countries::sorted);
	}

	private static List<Choice> sorted(Locale locale) {
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
