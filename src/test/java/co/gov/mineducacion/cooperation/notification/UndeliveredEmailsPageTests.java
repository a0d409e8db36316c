package co.gov.mineducacion.cooperation.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADMINs see the emails the outbox gave up on, without reading whose they are, and send
 * one again once its cause is fixed; that is audited.
 */
@PortalTest
@WithAdmin
class UndeliveredEmailsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsFailedEmailsWithTheirAttemptsAndLastErrorAndMasksAddresses() throws Exception {
		String address = "ana.restrepo+" + UUID.randomUUID().toString().substring(0, 8) + "@fundacion.example.org";
		failedEmailTo(address, "Recibimos su oferta CO-2026-7KQ4-M9XD");

		this.mvc.perform(get("/admin/outbox"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Correos no entregados"), containsString("an***@fundacion.example.org"),
						containsString("Recibimos su oferta CO-2026-7KQ4-M9XD"), containsString("<td>10</td>"),
						containsString("550 5.1.1 &lt;an***@fundacion.example.org&gt;: Recipient address rejected"),
						not(containsString(address)))));
	}

	@Test
	void sendsAFailedEmailAgainFromItsFirstAttemptAndAuditsIt() throws Exception {
		long id = failedEmailTo("contacto+" + UUID.randomUUID().toString().substring(0, 8) + "@fundacion.example.org",
				"Recibimos su oferta");

		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"))
			.andExpect(flash().attribute("notice", "outbox.admin.retried"));

		Map<String, Object> message = this.jdbc.queryForMap("SELECT status, attempts FROM outbox_message WHERE id = ?",
				id);
		// The outbox may already have made a first new attempt: the mail server is down
		// here.
		assertThat(message.get("status")).isEqualTo("PENDING");
		assertThat((Integer) message.get("attempts")).isLessThan(10);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'outbox.retried' AND target = ? AND actor = ?",
				Integer.class, "outbox:" + id, "jefa@mineducacion.gov.co"))
			.isEqualTo(1);
	}

	@Test
	void aSecondRetryOfTheSameEmailChangesNothing() throws Exception {
		long id = failedEmailTo("contacto+" + UUID.randomUUID().toString().substring(0, 8) + "@fundacion.example.org",
				"Recibimos su oferta");
		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(csrf()));

		this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(csrf()))
			.andExpect(redirectedUrl("/admin/outbox"))
			.andExpect(flash().attribute("notice", "outbox.admin.notFailed"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE target = ?", Integer.class,
				"outbox:" + id))
			.isEqualTo(1);
	}

	private long failedEmailTo(String recipient, String subject) {
		Instant queued = Instant.now().minusSeconds(3600);
		return this.jdbc.queryForObject("""
				INSERT INTO outbox_message (recipient, subject, body_text, body_html, status, attempts,
				  next_attempt_at, last_error, created_at)
				VALUES (?, ?, 'Texto', '<p>Texto</p>', 'FAILED', 10, ?, ?, ?) RETURNING id""", Long.class, recipient,
				subject, Timestamp.from(queued), "550 5.1.1 <" + recipient + ">: Recipient address rejected",
				Timestamp.from(queued));
	}

}
