package co.gov.mineducacion.cooperation.offer;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mail server is away for minutes, or for good, on a clock the test moves: offers are
 * confirmed at once, their emails wait in the outbox with the production retry schedule
 * (30 s, doubling, at most an hour apart, 10 attempts) and arrive once each when the
 * server is back; an email that keeps failing is given up after its tenth attempt, shown
 * to ADMINs and never retried by itself, until an ADMIN sends it again.
 * <p>
 * Only this test's outbox sends while it runs: other test contexts run no background
 * jobs, or are paused while this one is in use ({@code @PortalTest}); what it filed is
 * removed afterwards.
 */
@PortalTest
@TestPropertySource(properties = { "portal.mail.first-retry-delay=30s", "portal.mail.max-attempts=10" })
@DirtiesContext
class MailServerOutageTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void removeWhatThisTestFiled() {
		this.jdbc.update("DELETE FROM offer WHERE contact_email LIKE ?", "%-" + this.run + "@%");
		this.jdbc.update("DELETE FROM outbox_message WHERE recipient LIKE ?", "%-" + this.run + "@%");
	}

	@Test
	void offersAreConfirmedWhileTheMailServerIsDownForMinutesAndEachEmailArrivesOnceWhenItIsBack() throws Exception {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			emails.add(address("apagon-" + i));
			fileOffer(emails.get(i));
		}
		awaitOutboxCaughtUp();
		Instant outage = this.clock.instant();
		while (this.clock.instant().isBefore(outage.plus(Duration.ofMinutes(5)))) {
			this.clock.advance(Duration.ofSeconds(15));
			awaitOutboxCaughtUp();
		}
		assertThat(this.jdbc.queryForList("SELECT status || ' ' || attempts FROM outbox_message WHERE recipient LIKE ?",
				String.class, "%-" + this.run + "@%"))
			.as("after five minutes: attempts at 0 s, 30 s, 90 s and 210 s")
			.containsExactly("PENDING 4", "PENDING 4", "PENDING 4");

		GreenMail smtp = new GreenMail(TestSmtp.SETUP);
		smtp.start();
		try {
			this.clock.moveTo(latestNextAttempt());
			await().atMost(Duration.ofSeconds(30))
				.until(() -> emails.stream().allMatch((email) -> delivered(smtp, email) == 1));
			this.clock.advance(Duration.ofDays(1));
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.until(() -> emails.stream().allMatch((email) -> delivered(smtp, email) == 1));
		}
		finally {
			smtp.stop();
		}
		assertThat(this.jdbc.queryForList("SELECT status FROM outbox_message WHERE recipient LIKE ?", String.class,
				"%-" + this.run + "@%"))
			.containsExactly("SENT", "SENT", "SENT");
		System.out.printf(
				"[figures] mail server down 5 minutes (simulated): %d offers confirmed at once, their emails"
						+ " waited through 4 attempts each and were delivered once each when it returned%n",
				emails.size());
	}

	@Test
	void anEmailThatKeepsFailingIsGivenUpAfterTenAttemptsShownToAdminsAndSentOnceWhenRetried() throws Exception {
		String email = address("rechazo");
		fileOffer(email);
		Instant queued = this.clock.instant();
		awaitOutboxCaughtUp();
		while ("PENDING".equals(statusOf(email))) {
			this.clock.moveTo(latestNextAttempt());
			awaitOutboxCaughtUp();
		}
		Duration tried = Duration.between(queued, this.clock.instant());
		assertThat(statusOf(email)).isEqualTo("FAILED");
		assertThat(attemptsOf(email)).isEqualTo(10);
		assertThat(tried).as("30 s + 1 + 2 + 4 + 8 + 16 + 32 min + 1 h + 1 h").isEqualTo(Duration.ofSeconds(11010));

		this.clock.advance(Duration.ofDays(7));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> attemptsOf(email) == 10);

		String masked = email.substring(0, 2) + "***@fundacion.example.org";
		this.mvc.perform(get("/admin/outbox").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(masked), containsString("<td>10</td>"))));
		long id = this.jdbc.queryForObject("SELECT id FROM outbox_message WHERE recipient = ?", Long.class, email);
		GreenMail smtp = new GreenMail(TestSmtp.SETUP);
		smtp.start();
		try {
			this.mvc.perform(post("/admin/outbox/{id}/retry", id).with(admin()).with(csrf()))
				.andExpect(flash().attribute("notice", "outbox.admin.retried"));
			await().atMost(Duration.ofSeconds(30)).until(() -> delivered(smtp, email) == 1);
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.until(() -> delivered(smtp, email) == 1);
		}
		finally {
			smtp.stop();
		}
		assertThat(statusOf(email)).isEqualTo("SENT");
		System.out.printf("[figures] mail server never back: the email was given up after 10 attempts over %s"
				+ " (simulated), not retried in the following 7 days, listed for ADMINs, and delivered once when an"
				+ " ADMIN sent it again%n", tried);
	}

	private void fileOffer(String email) throws Exception {
		this.mvc.perform(validOffer(post("/offers"), email).with(csrf()).with(fromNewClient()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attributeExists("trackingCode"));
	}

	/**
	 * Waits until the outbox has made every attempt due at the clock's time.
	 */
	private void awaitOutboxCaughtUp() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"SELECT count(*) FROM outbox_message WHERE recipient LIKE ? AND status = 'PENDING'"
							+ " AND next_attempt_at <= ?",
					Integer.class, "%-" + this.run + "@%", Timestamp.from(this.clock.instant())) == 0);
	}

	private Instant latestNextAttempt() {
		return this.jdbc
			.queryForObject("SELECT max(next_attempt_at) FROM outbox_message WHERE recipient LIKE ?", Timestamp.class,
					"%-" + this.run + "@%")
			.toInstant();
	}

	private String statusOf(String email) {
		return this.jdbc.queryForObject("SELECT status FROM outbox_message WHERE recipient = ?", String.class, email);
	}

	private int attemptsOf(String email) {
		return this.jdbc.queryForObject("SELECT attempts FROM outbox_message WHERE recipient = ?", Integer.class,
				email);
	}

	private String address(String name) {
		return name + "-" + this.run + "@fundacion.example.org";
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return co.gov.mineducacion.cooperation.test.SignedIn.admin("jefa.correo@mineducacion.gov.co");
	}

	private static long delivered(GreenMail smtp, String email) {
		return Emails.textsTo(smtp.getReceivedMessages(), email).size();
	}

	/**
	 * The portal's clock, which the test moves.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			// Whole milliseconds: PostgreSQL keeps microseconds, and the test reads times
			// back from it.
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		}

	}

}
