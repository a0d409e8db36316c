package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Offers and offer forms for tests. Every fixture uses a fresh email and client address,
 * so that tests sharing one database never see each other's offers or rate limits.
 */
public final class OfferFixtures {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private OfferFixtures() {
	}

	public static String uniqueEmail() {
		return "contacto+" + UUID.randomUUID().toString().substring(0, 8) + "@fundacion.example.org";
	}

	/**
	 * A client address no other test uses.
	 */
	static RequestPostProcessor fromNewClient() {
		int n = ADDRESSES.incrementAndGet();
		String address = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Every field of a valid offer, as a browser posts it; {@code overrides} are name,
	 * value pairs that replace a field (an empty value clears it).
	 */
	static <B extends AbstractMockHttpServletRequestBuilder<B>> B validOffer(B request, String email,
			String... overrides) {
		validOfferFields(email, overrides)
			.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request;
	}

	/**
	 * The fields of {@link #validOffer}, for tests that post over real HTTP.
	 */
	static Map<String, List<String>> validOfferFields(String email, String... overrides) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("formToken", List.of(UUID.randomUUID().toString()));
		fields.put("organizationName", List.of("Fundación Horizonte Educativo"));
		fields.put("sector", List.of("NGO"));
		fields.put("country", List.of("CO"));
		fields.put("taxId", List.of("899999001-7"));
		fields.put("website", List.of("https://horizonte.example.org"));
		fields.put("contactName", List.of("Ana María Restrepo"));
		fields.put("contactPosition", List.of("Directora de alianzas"));
		fields.put("contactEmail", List.of(email));
		fields.put("contactPhone", List.of("+57 601 555 1234"));
		fields.put("preferredLanguage", List.of("es"));
		fields.put("title", List.of("Laboratorios de bilingüismo para docentes rurales"));
		fields.put("description", List.of("Formación en inglés para 200 docentes de zonas rurales durante dos años."));
		fields.put("actionTypes", List.of("A05", "A06"));
		fields.put("strategicProjects", List.of("SUP-PER-03"));
		fields.put("departments", List.of("05", "68"));
		fields.put("contributionKind", List.of("TECHNICAL"));
		fields.put("estimatedValue", List.of("250000000"));
		fields.put("currency", List.of("COP"));
		fields.put("startDate", List.of("2027-02-01"));
		fields.put("endDate", List.of("2028-12-15"));
		fields.put("consent", List.of("true"));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], List.of(overrides[i + 1]));
		}
		return fields;
	}

	static OfferDraft draft(String email) {
		return new OfferDraft(new Organisation("Fundación Horizonte Educativo", "NGO", "CO", "899999001-7", null),
				new ContactPerson("Ana María Restrepo", null, email, null, "es", null), "Laboratorios de bilingüismo",
				"Formación en inglés para docentes.", Set.of("A05"), Set.of(), Set.of(), true, Contribution.NONE, null);
	}

	static Offer receivedOffer(String email) {
		Instant now = Instant.parse("2026-11-02T14:00:00Z");
		return Offer.receive(draft(email), TrackingCodes.next(now), UUID.randomUUID().toString(),
				new ConsentGiven("1", "a".repeat(64), "es", now, "10.0.0.1"), List.of(), now);
	}

}
