package co.gov.mineducacion.cooperation.office;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Offers received by phone, in person, by email or by post, filed by staff on the
 * person's behalf (Decreto 1166 de 2016): with their channel, the clock from the time
 * given, the consent as given, the history and audit line, the email in the person's
 * language when they have an address, and their place in the queue.
 */
@PortalTest
@WithStaff
class StaffFilingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfficeFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
	}

	@Test
	void filesAnOfferTakenByPhoneWithItsChannelAndTheClockFromTheTimeGiven() throws Exception {
		LocalDateTime received = LocalDateTime.now(Colombia.TIME_ZONE).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
		String title = "Tutorías por teléfono " + UUID.randomUUID().toString().substring(0, 6);
		MvcResult result = this.mvc
			.perform(
					filing(title, received, "channel", "PHONE", "contactEmail", "", "contactPhone", "+57 300 555 0101"))
			.andExpect(status().isSeeOther())
			.andReturn();
		String code = codeOf(title);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/offers/" + code + "/filed");

		Instant expected = received.atZone(Colombia.TIME_ZONE).toInstant();
		Map<String, Object> offer = this.jdbc.queryForMap(
				"SELECT channel, received_at, response_clock_started_at, contact_email FROM offer WHERE tracking_code = ?",
				code);
		assertThat(offer.get("channel")).isEqualTo("PHONE");
		assertThat(instant(offer.get("received_at"))).isEqualTo(expected);
		assertThat(instant(offer.get("response_clock_started_at"))).isEqualTo(expected);
		assertThat(offer.get("contact_email")).isNull();
		assertThat(
				this.jdbc.queryForMap("SELECT c.channel, c.recorded_by, c.client_address FROM personal_data_consent c "
						+ "JOIN offer o ON o.id = c.offer_id WHERE o.tracking_code = ?", code))
			.containsEntry("channel", "PHONE")
			.containsEntry("recorded_by", "analista@mineducacion.gov.co")
			.containsEntry("client_address", null);
		assertThat(this.jdbc.queryForObject("SELECT e.actor FROM offer_event e JOIN offer o ON o.id = e.offer_id "
				+ "WHERE o.tracking_code = ? AND e.kind = 'FILED_BY_STAFF'", String.class, code))
			.isEqualTo("analista@mineducacion.gov.co");
		assertThat(this.jdbc.queryForObject(
				"SELECT actor || ' | ' || action || ' | ' || details FROM audit_entry " + "WHERE target = ?",
				String.class, code))
			.isEqualTo("analista@mineducacion.gov.co | offer.filed-by-staff | channel=PHONE");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE subject LIKE ?", Integer.class,
				"%" + code))
			.isZero();

		this.mvc.perform(get("/admin/offers/" + code + "/filed"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("tracking-code--read-out\">" + code),
					containsString("La persona no dio correo electrónico"))));
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Radicada por la Oficina; recibida por: Teléfono"),
					containsString("de viva voz (Teléfono), registrada por analista@mineducacion.gov.co"))));
	}

	@Test
	void emailsTheFilingNumberAndPrintsTheReceiptInThePersonsLanguage() throws Exception {
		String email = OfficeFixtures.uniqueEmail();
		String title = "Becas por correo postal " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).minusDays(2), "channel", "POST",
					"contactEmail", email, "preferredLanguage", "en"))
			.andExpect(status().isSeeOther());
		String code = codeOf(title);
		assertThat(
				this.jdbc.queryForObject("SELECT subject FROM outbox_message WHERE recipient = ?", String.class, email))
			.isEqualTo("We received your cooperation offer " + code);

		this.mvc.perform(get("/admin/offers/" + code + "/receipt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""),
					containsString("Filing receipt of your cooperation offer"), containsString(code),
					containsString("Received by</dt><dd>Post"), containsString("within 15 business days"),
					containsString("/offers/status"))));
		// The staff member's own pages stay in their language.
		this.mvc.perform(get("/admin/offers/" + code + "/filed"))
			.andExpect(content().string(containsString("La oferta quedó radicada")));
	}

	@Test
	void findsOffersByChannelInTheQueueAndItsCsv() throws Exception {
		String title = "Bibliotecas en persona " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).minusHours(1), "channel", "IN_PERSON",
					"contactEmail", "", "contactPostalAddress", "Calle 43 # 57-14, Bogotá"))
			.andExpect(status().isSeeOther());
		String code = codeOf(title);
		String web = this.fixtures.fileOffer(title + " web");

		this.mvc.perform(get("/admin/offers").param("channel", "IN_PERSON").param("q", title))
			.andExpect(content().string(allOf(containsString(code), not(containsString(web)),
					containsString("<option value=\"IN_PERSON\" selected=\"selected\">En persona</option>"))));
		this.mvc.perform(get("/admin/offers").param("channel", "WEB").param("q", title))
			.andExpect(content().string(allOf(containsString(web), not(containsString(code)))));
		this.mvc.perform(get("/admin/offers/export.csv").param("channel", "IN_PERSON").param("q", title))
			.andExpect(content().string(allOf(containsString("Recibida por"), containsString(code),
					containsString("En persona"), not(containsString(web)))));
	}

	@Test
	void allowsAStaffFiledOfferWithoutEmailButThePublicFormStillRequiresOne() throws Exception {
		String title = "Sin correo " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).minusHours(1), "channel", "PHONE",
					"contactEmail", "", "contactPhone", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "contactEmail", "NoWayToReach"))
			.andExpect(content().string(allOf(containsString("id=\"contactEmail-error\""),
					containsString("Escriba un correo electrónico, un teléfono o una dirección postal"),
					containsString("value=\"" + title + "\""))));
		this.mvc
			.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).minusHours(1), "channel", "EMAIL",
					"contactEmail", "", "contactPhone", "3005550101"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "contactEmail", "NotBlank"));

		MockHttpServletRequestBuilder publicForm = post("/offers").with(csrf()).with(anonymous());
		offerFields(title, "contactEmail", "", "contactPhone", "3005550101").forEach(publicForm::param);
		this.mvc.perform(publicForm.param("step", "review"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "contactEmail", "NotBlank"))
			.andExpect(content().string(containsString("Escriba el correo electrónico de contacto.")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE title = ?", Integer.class, title))
			.isZero();
	}

	@Test
	void refusesAFutureOrImplausiblyOldTimeNextToTheField() throws Exception {
		String title = "Fuera de tiempo " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).plusHours(2), "channel", "PHONE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "receivedAt", "Future"))
			.andExpect(content().string(allOf(containsString("id=\"receivedAt-error\""),
					containsString("no puede ser posterior a este momento"))));
		this.mvc.perform(filing(title, LocalDateTime.now(Colombia.TIME_ZONE).minusYears(1), "channel", "PHONE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "receivedAt", "TooOld"))
			.andExpect(content().string(containsString("no puede ser de hace más de 30 días")));
	}

	private MockHttpServletRequestBuilder filing(String title, LocalDateTime received, String... overrides) {
		MockHttpServletRequestBuilder request = post("/admin/offers/new").with(csrf());
		Map<String, String> fields = offerFields(title, "receivedAt",
				received.truncatedTo(ChronoUnit.MINUTES).toString());
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	private static Map<String, String> offerFields(String title, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("organizationName", "Fundación Llamada " + UUID.randomUUID().toString().substring(0, 6));
		fields.put("sector", "NGO");
		fields.put("country", "CO");
		fields.put("contactName", "Rosalba Quintero");
		fields.put("contactPhone", "+57 300 555 0100");
		fields.put("preferredLanguage", "es");
		fields.put("title", title);
		fields.put("description", "Descripción de " + title);
		fields.put("actionTypes", "A05");
		fields.put("consent", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		return fields;
	}

	private String codeOf(String title) {
		return this.jdbc.queryForObject("SELECT tracking_code FROM offer WHERE title = ?", String.class, title);
	}

	private static Instant instant(Object timestamp) {
		return (timestamp instanceof java.sql.Timestamp sql) ? sql.toInstant()
				: ((java.time.OffsetDateTime) timestamp).toInstant();
	}

}
