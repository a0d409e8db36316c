package co.gov.mineducacion.cooperation.offer;

import java.time.Duration;
import java.util.Arrays;

import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.PortalTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mail server is down when the offer is filed and comes back later: the offer is
 * confirmed at once, and its email arrives once the server is back, exactly once.
 */
@PortalTest
class OfferEmailOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOfferFiledWhileTheMailServerIsDownGetsItsEmailOnceItIsBack() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(validOffer(post("/offers"), email).with(csrf()).with(fromNewClient()))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email = ?", Integer.class, email))
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"SELECT attempts FROM outbox_message WHERE recipient = ? AND status = 'PENDING'", Integer.class,
					email) >= 2);

		GreenMail smtp = new GreenMail(TestSmtp.SETUP);
		smtp.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> delivered(smtp, email) == 1);
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> delivered(smtp, email) == 1);
			assertThat(this.jdbc.queryForObject("SELECT status FROM outbox_message WHERE recipient = ?", String.class,
					email))
				.isEqualTo("SENT");
		}
		finally {
			smtp.stop();
		}
	}

	private static long delivered(GreenMail smtp, String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equals(email);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).count();
	}

}
