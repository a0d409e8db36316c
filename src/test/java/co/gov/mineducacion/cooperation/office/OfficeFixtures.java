package co.gov.mineducacion.cooperation.office;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import co.gov.mineducacion.cooperation.test.Emails;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Offers filed through the public form, staff accounts and what the office's tests read
 * back from the database and the test SMTP server.
 */
final class OfficeFixtures {

	private static final AtomicInteger CLIENTS = new AtomicInteger(40_000);

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	OfficeFixtures(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	static String uniqueEmail() {
		return "oferente+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Files an offer as a submitter would (no strategic project chosen) and returns its
	 * filing number; {@code overrides} are field, value pairs.
	 */
	String fileOffer(String title, String... overrides) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("organizationName", "Fundación Prueba " + UUID.randomUUID().toString().substring(0, 6));
		fields.put("sector", "NGO");
		fields.put("country", "CO");
		fields.put("contactName", "Ana");
		fields.put("contactEmail", uniqueEmail());
		fields.put("preferredLanguage", "es");
		fields.put("title", title);
		fields.put("description", "Descripción de " + title);
		fields.put("actionTypes", "A05");
		fields.put("consent", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/offers").with(csrf()).with(anonymous());
		fields.forEach(request::param);
		int n = CLIENTS.incrementAndGet();
		String address = "10.250." + ((n >> 8) & 255) + "." + (n & 255);
		return (String) this.mvc.perform(request.with((r) -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getFlashMap().get("trackingCode");
	}

	/**
	 * A staff account that can be assigned offers; returns its id.
	 */
	long staffAccount(String email, String name, boolean active) {
		this.jdbc.update("INSERT INTO staff_account (email, display_name, role, active, created_at) "
				+ "VALUES (?, ?, 'STAFF', ?, now()) ON CONFLICT (email) DO NOTHING", email, name, active);
		return this.jdbc.queryForObject("SELECT id FROM staff_account WHERE email = ?", Long.class, email);
	}

	String version(String code) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code));
	}

	String statusOf(String code) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, code);
	}

	String emailOf(String code) {
		return this.jdbc.queryForObject("SELECT contact_email FROM offer WHERE tracking_code = ?", String.class, code);
	}

	/**
	 * The audit lines about an offer or record, oldest first, as "action | details".
	 */
	List<String> audit(String target) {
		return this.jdbc.queryForList(
				"SELECT action || ' | ' || coalesce(details, '') FROM audit_entry WHERE target = ? ORDER BY id",
				String.class, target);
	}

	int eventsOf(String code, String kind) {
		return this.jdbc.queryForObject("SELECT count(*) FROM offer_event e JOIN offer o ON o.id = e.offer_id "
				+ "WHERE o.tracking_code = ? AND e.kind = ?", Integer.class, code, kind);
	}

	int outboxTo(String email) {
		return this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE recipient = ?", Integer.class,
				email);
	}

	/**
	 * Waits for the {@code count}-th email to {@code recipient} and returns it.
	 */
	static MimeMessage awaitEmail(GreenMailExtension smtp, String recipient, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, recipient).size() >= count);
		return to(smtp, recipient).get(count - 1);
	}

	static String text(MimeMessage message) {
		return Emails.text(message);
	}

	private static List<MimeMessage> to(GreenMailExtension smtp, String recipient) {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
