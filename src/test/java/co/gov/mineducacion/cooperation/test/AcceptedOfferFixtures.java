package co.gov.mineducacion.cooperation.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import co.gov.mineducacion.cooperation.offer.MessageToSubmitter;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewMove;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Files offers through the public form and takes them through the office's review to
 * Accepted, for tests of what accepted offers become.
 */
public final class AcceptedOfferFixtures {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private AcceptedOfferFixtures() {
	}

	/**
	 * Files an offer with the given fields instead of those of a complete, valid offer
	 * whose submitter has distinctive personal data (see {@link #PERSONAL_DATA}); returns
	 * its filing number.
	 */
	public static String file(MockMvc mvc, Map<String, String> fields) throws Exception {
		int n = CLIENTS.incrementAndGet();
		MockHttpServletRequestBuilder request = post("/offers").with(csrf()).with((r) -> {
			r.setRemoteAddr("10.231." + ((n >> 8) & 255) + "." + (n & 255));
			return r;
		});
		Map<String, String> offer = new LinkedHashMap<>();
		offer.put("organizationName", "Fundación Horizonte Educativo");
		offer.put("sector", "NGO");
		offer.put("country", "CO");
		offer.put("taxId", PERSONAL_DATA.get("taxId"));
		offer.put("contactName", PERSONAL_DATA.get("contactName"));
		offer.put("contactPosition", PERSONAL_DATA.get("contactPosition"));
		offer.put("contactEmail", "rosalba.quintero+" + n + "@correo-personal.example.org");
		offer.put("contactPhone", PERSONAL_DATA.get("contactPhone"));
		offer.put("preferredLanguage", "es");
		offer.put("title", "Laboratorios de lectura en el Amazonas");
		offer.put("description", "Bibliotecas itinerantes y formación de mediadores de lectura en Leticia.");
		offer.put("actionTypes", "A06");
		offer.put("strategicProjects", "PBM-CAL-04");
		offer.put("departments", "91");
		offer.put("contributionKind", "TECHNICAL");
		offer.put("startDate", "2027-02-01");
		offer.put("endDate", "2027-11-30");
		offer.put("consent", "true");
		offer.putAll(fields);
		offer.forEach(request::param);
		return (String) mvc.perform(request).andReturn().getFlashMap().get("trackingCode");
	}

	/**
	 * Takes a filed offer through review to Accepted.
	 */
	public static void accept(OfferReviewService review, String trackingCode) {
		review.move(trackingCode, review.details(trackingCode).version(), ReviewMove.START_REVIEW,
				"analista@mineducacion.gov.co", MessageToSubmitter.of(null), null);
		review.move(trackingCode, review.details(trackingCode).version(), ReviewMove.ACCEPT,
				"analista@mineducacion.gov.co", MessageToSubmitter.of("Bienvenidos: la Oficina acepta la oferta."),
				null);
	}

	/**
	 * Takes a filed offer through review to Accepted as a staff member does, on the
	 * offer's page in the office.
	 */
	public static void acceptInTheOffice(MockMvc mvc, JdbcTemplate jdbc, String trackingCode) throws Exception {
		for (String move : new String[] { "start-review", "accept" }) {
			mvc.perform(post("/admin/offers/" + trackingCode + "/" + move).with(csrf())
				.with(SignedIn.staff("analista@mineducacion.gov.co"))
				.param("version",
						String.valueOf(jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?",
								Long.class, trackingCode)))
				.param("message", "Bienvenidos: la Oficina acepta la oferta."))
				.andExpect(flash().attribute("notice", "office.offer.done." + move));
		}
	}

	/**
	 * The submitter's personal data every fixture offer carries (and its email starts
	 * with {@code rosalba.quintero}): none of it may ever reach public pages or open
	 * data.
	 */
	public static final Map<String, String> PERSONAL_DATA = Map.of("contactName", "Rosalba Quintero Ibargüen",
			"contactPosition", "Coordinadora de alianzas", "contactPhone", "+57 311 555 0199", "taxId", "899999001-7");

}
