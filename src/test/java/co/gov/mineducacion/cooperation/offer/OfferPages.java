package co.gov.mineducacion.cooperation.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.WebVisitor.Page;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOfferFields;

/**
 * Reads the offer pages a {@link co.gov.mineducacion.cooperation.test.WebVisitor} gets
 * and fills in the form from them, for tests over real HTTP.
 */
public final class OfferPages {

	private static final Pattern TRACKING_CODE = Pattern
		.compile("class=\"tracking-code\">(CO-\\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4})<");

	private OfferPages() {
	}

	/**
	 * A valid offer typed into {@code form} (its form token and CSRF token), ready to
	 * confirm.
	 */
	public static Map<String, List<String>> typedInto(Page form, String email, String... overrides) {
		List<String> all = new ArrayList<>(List.of("formToken", form.formToken().orElseThrow(), "_csrf",
				form.csrfToken().orElseThrow(), "step", "confirm"));
		all.addAll(List.of(overrides));
		return validOfferFields(email, all.toArray(String[]::new));
	}

	/**
	 * The same fields with the tokens a later page carries.
	 */
	static Map<String, List<String>> withTokensOf(Page page, Map<String, List<String>> fields) {
		Map<String, List<String>> again = new java.util.LinkedHashMap<>(fields);
		again.put("formToken", List.of(page.formToken().orElseThrow()));
		again.put("_csrf", List.of(page.csrfToken().orElseThrow()));
		return again;
	}

	public static Optional<String> trackingCode(Page submitted) {
		return submitted.find(TRACKING_CODE);
	}

}
