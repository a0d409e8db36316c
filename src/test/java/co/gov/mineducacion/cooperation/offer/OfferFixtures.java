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
final class OfferFixtures {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private OfferFixtures() {
	}

	static String uniqueEmail() {
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
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("formToken", new String[] { UUID.randomUUID().toString() });
		fields.put("organizationName", new String[] { "Fundación Horizonte Educativo" });
		fields.put("sector", new String[] { "NGO" });
		fields.put("country", new String[] { "CO" });
		fields.put("taxId", new String[] { "899999001-7" });
		fields.put("website", new String[] { "https://horizonte.example.org" });
		fields.put("contactName", new String[] { "Ana María Restrepo" });
		fields.put("contactPosition", new String[] { "Directora de alianzas" });
		fields.put("contactEmail", new String[] { email });
		fields.put("contactPhone", new String[] { "+57 601 555 1234" });
		fields.put("preferredLanguage", new String[] { "es" });
		fields.put("title", new String[] { "Laboratorios de bilingüismo para docentes rurales" });
		fields.put("description",
				new String[] { "Formación en inglés para 200 docentes de zonas rurales durante dos años." });
		fields.put("actionTypes", new String[] { "A05", "A06" });
		fields.put("strategicProjects", new String[] { "SUP-PER-03" });
		fields.put("departments", new String[] { "05", "68" });
		fields.put("contributionKind", new String[] { "TECHNICAL" });
		fields.put("estimatedValue", new String[] { "250000000" });
		fields.put("currency", new String[] { "COP" });
		fields.put("startDate", new String[] { "2027-02-01" });
		fields.put("endDate", new String[] { "2028-12-15" });
		fields.put("consent", new String[] { "true" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], new String[] { overrides[i + 1] });
		}
		fields.forEach(request::param);
		return request;
	}

	static OfferDraft draft(String email) {
		return new OfferDraft("Fundación Horizonte Educativo", "NGO", "CO", "899999001-7", null, "Ana María Restrepo",
				null, email, null, "es", "Laboratorios de bilingüismo", "Formación en inglés para docentes.",
				Set.of("A05"), Set.of(), Set.of(), true, null, null, null, null, null);
	}

	static Offer receivedOffer(String email) {
		Instant now = Instant.parse("2026-11-02T14:00:00Z");
		return Offer.receive(draft(email), TrackingCodes.next(now), UUID.randomUUID().toString(),
				new ConsentGiven("1", "a".repeat(64), "es", now, "10.0.0.1"), List.of(), now);
	}

}
