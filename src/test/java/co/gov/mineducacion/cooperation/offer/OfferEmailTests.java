package co.gov.mineducacion.cooperation.offer;

import java.time.Duration;

import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.PortalTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The confirmation email, through the outbox to a real SMTP server (GreenMail,
 * in-process).
 */
@PortalTest
class OfferEmailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Test
	void sendsTheFilingNumberSummaryAndPrivateLinkInTheContactsLanguage() throws Exception {
		String email = uniqueEmail();
		String code = submit(email, "preferredLanguage", "en");
		MimeMessage message = awaitOneMessageTo(email);
		String body = GreenMailUtil.getBody(message);
		assertThat(message.getSubject()).isEqualTo("We received your cooperation offer " + code);
		assertThat(body).contains(code, "Laboratorios de biling", "http://localhost:8080/offers/status/",
				"do not share it");
	}

	@Test
	void escapesWhatTheSubmitterTypedInTheEmail() throws Exception {
		String email = uniqueEmail();
		submit(email, "title", "<script>alert(1)</script>");
		String body = GreenMailUtil.getBody(awaitOneMessageTo(email));
		assertThat(body).doesNotContain("<script>alert(1)</script></span>").contains("&lt;script&gt;");
	}

	private String submit(String email, String... overrides) throws Exception {
		return (String) this.mvc
			.perform(validOffer(post("/offers"), email, overrides).with(csrf()).with(fromNewClient()))
			.andReturn()
			.getFlashMap()
			.get("trackingCode");
	}

	private MimeMessage awaitOneMessageTo(String email) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(email).length == 1);
		return messagesTo(email)[0];
	}

	private static MimeMessage[] messagesTo(String email) {
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

}
