package co.gov.mineducacion.cooperation.dataprotection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DataProtectionTests {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContactDataRetention retention;

	@Test
	void anonymisesContactDataOfOffersClosedLongerThanTheRetentionPeriodOnce() {
		String oldDeclined = offer("DECLINED", 25);
		String recentDeclined = offer("DECLINED", 23);
		String oldAccepted = offer("ACCEPTED", 30);
		String oldInReview = offer("IN_REVIEW", 30);

		assertThat(this.retention.applyRetention()).isGreaterThanOrEqualTo(1);

		Map<String, Object> anonymised = contactOf(oldDeclined);
		assertThat(anonymised.get("contact_name")).isEqualTo("—");
		assertThat(anonymised.get("contact_email").toString()).startsWith("anonimizado+").endsWith("@invalid");
		assertThat(anonymised.get("contact_phone")).isNull();
		assertThat(anonymised.get("tax_id")).isNull();
		assertThat(anonymised.get("title")).isEqualTo("Oferta " + oldDeclined);
		assertThat(this.jdbc.queryForObject("SELECT client_address FROM personal_data_consent c JOIN offer o "
				+ "ON o.id = c.offer_id WHERE o.tracking_code = ?", String.class, oldDeclined))
			.isEqualTo("—");
		assertThat(this.jdbc.queryForList(
				"SELECT e.message FROM offer_event e JOIN offer o ON o.id = e.offer_id " + "WHERE o.tracking_code = ?",
				String.class, oldDeclined))
			.hasSize(1)
			.containsOnlyNulls();
		for (String kept : new String[] { recentDeclined, oldAccepted, oldInReview }) {
			assertThat(contactOf(kept).get("contact_name")).as(kept).isEqualTo("Persona de contacto");
		}

		assertThat(this.retention.applyRetention()).as("a second run finds nothing left to do").isZero();
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'dataprotection.retention.applied' "
					+ "AND details LIKE '%@%'", Integer.class))
			.as("the audit log keeps that it happened, not whose data")
			.isZero();
	}

	@Test
	void theHistoryStaysAppendOnlyOutsideAnonymisation() {
		String code = offer("DECLINED", 1);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(org.springframework.dao.DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE offer_event SET message = NULL WHERE offer_id = "
					+ "(SELECT id FROM offer WHERE tracking_code = ?)", code));
	}

	@Test
	@WithAdmin
	void adminsSetTheRetentionPeriodWithinLimits() throws Exception {
		long version = this.jdbc.queryForObject("SELECT version FROM data_protection_setting", Long.class);
		this.mvc.perform(post("/admin/settings").param("months", "0").param("version", "" + version).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"months-error\""), containsString("1 mes"))));
		this.mvc.perform(post("/admin/settings").param("months", "36").param("version", "" + version).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "dataprotection.settings.saved"));
		this.mvc.perform(post("/admin/settings").param("months", "12").param("version", "" + version).with(csrf()))
			.andExpect(flash().attribute("problem", "dataprotection.changedMeanwhile"));
		assertThat(
				this.jdbc.queryForObject("SELECT contact_retention_months FROM data_protection_setting", Integer.class))
			.isEqualTo(36);
		this.jdbc.update("UPDATE data_protection_setting SET contact_retention_months = 24");
	}

	@Test
	@WithAdmin
	void recordsADeletionRequestWithItsLegalDueDateAndAnswersIt() throws Exception {
		String code = offer("WITHDRAWN", 2);
		String email = "titular+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		LocalDate received = LocalDate.of(2026, 11, 20);

		this.mvc
			.perform(post("/admin/data-requests/new").param("kind", "DELETE")
				.param("receivedOn", received.toString())
				.param("requesterName", "María Pérez")
				.param("requesterEmail", email)
				.param("offerTrackingCode", code.toLowerCase())
				.param("description", "Pido suprimir mis datos.")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> request = this.jdbc.queryForMap(
				"SELECT id, due_on, status, version FROM data_subject_request WHERE requester_email = ?", email);
		// 15 business days after Friday 20 November 2026: 7 December and 8 December
		// (holiday) skipped as needed.
		assertThat(request.get("due_on").toString()).isEqualTo("2026-12-14");
		assertThat(request.get("status")).isEqualTo("OPEN");

		this.mvc.perform(get("/admin/data-requests/" + request.get("id")))
			.andExpect(content().string(allOf(containsString("María Pérez"), containsString("Reclamo de supresión"),
					containsString("2026-12-14"), containsString("anonymiseOffer"), not(containsString("??")))));
		this.mvc.perform(get("/admin/data-requests"))
			.andExpect(content().string(allOf(containsString("María Pérez"), not(containsString("??")))));

		this.mvc
			.perform(post("/admin/data-requests/" + request.get("id") + "/answer")
				.param("version", request.get("version").toString())
				.param("answer", "Suprimimos sus datos de contacto.")
				.param("anonymiseOffer", "true")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "dataprotection.request.answeredAndAnonymised"));
		assertThat(contactOf(code).get("contact_name")).isEqualTo("—");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE recipient = ? AND body_text "
				+ "LIKE '%Suprimimos sus datos de contacto.%'", Integer.class, email))
			.isEqualTo(1);

		this.mvc
			.perform(post("/admin/data-requests/" + request.get("id") + "/answer")
				.param("version", request.get("version").toString())
				.param("answer", "Otra respuesta")
				.with(csrf()))
			.andExpect(flash().attribute("problem", "dataprotection.changedMeanwhile"));
	}

	@Test
	@WithAdmin
	void reportsWhatIsMissingBesideEachFieldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/data-requests/new").param("requesterName", "Ana Gómez")
				.param("requesterEmail", "no-es-correo")
				.param("offerTrackingCode", "X-1")
				.param("receivedOn", "2999-01-01")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"kind-error\""),
					containsString("id=\"requesterEmail-error\""), containsString("id=\"offerTrackingCode-error\""),
					containsString("La fecha de recepción no puede ser futura"), containsString("value=\"Ana G"))));
	}

	@Test
	@WithStaff
	void isForAdminsOnly() throws Exception {
		this.mvc.perform(get("/admin/data-requests")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settings")).andExpect(status().isForbidden());
	}

	private Map<String, Object> contactOf(String code) {
		return this.jdbc.queryForMap(
				"SELECT contact_name, contact_email, contact_phone, tax_id, title FROM offer WHERE tracking_code = ?",
				code);
	}

	/**
	 * An offer whose last change was {@code monthsAgo} months ago, with consent and
	 * history.
	 */
	private String offer(String status, int monthsAgo) {
		String code = "CO-2020-" + random(4) + "-" + random(4);
		OffsetDateTime changed = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo).minus(Duration.ofDays(1));
		long id = this.jdbc.queryForObject("""
				INSERT INTO offer (tracking_code, form_token, status, organization_name, sector, country, tax_id,
				    contact_name, contact_email, contact_phone, preferred_language, title, description,
				    received_at, updated_at)
				VALUES (?, ?, ?, 'Fundación Ejemplo', 'COMPANY', 'CO', '900123456', 'Persona de contacto',
				    ?, '+57 300 000 0000', 'es', ?, 'Descripción', ?, ?)
				RETURNING id""", Long.class, code, UUID.randomUUID().toString(), status,
				"persona+" + code.toLowerCase() + "@example.org", "Oferta " + code, changed.minusDays(30), changed);
		this.jdbc.update("""
				INSERT INTO personal_data_consent (offer_id, notice_version, notice_sha256, notice_language, granted_at,
				    client_address) VALUES (?, '1', repeat('a', 64), 'es', ?, '203.0.113.7')""", id,
				changed.minusDays(30));
		this.jdbc.update("""
				INSERT INTO offer_event (offer_id, occurred_at, actor, kind, old_status, new_status, message,
				    visible_to_submitter) VALUES (?, ?, 'analista@mineducacion.gov.co', 'DECLINED', 'IN_REVIEW', ?,
				    'Estimada Persona de contacto: ...', TRUE)""", id, changed, status);
		return code;
	}

	private static String random(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
