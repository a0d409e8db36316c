package co.gov.mineducacion.cooperation.offer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a submitter types never reaches the application's log (Ley 1581 de 2012: no more
 * personal data than needed), not even with the portal's, Spring MVC's and Spring
 * Security's loggers turned up to DEBUG the way an operator chasing a problem would.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class OfferLogsTests {

	private static final List<String> LOUD = List.of("co.gov.mineducacion.cooperation", "org.springframework.web",
			"org.springframework.security", "org.springframework.mail");

	private static final String TEST_SMTP = "com.icegreen.greenmail";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void turnTheLogUp() {
		LOUD.forEach((name) -> this.logging.setLogLevel(name, LogLevel.DEBUG));
		// The test's own mail server logs each recipient it meets; it is not the portal.
		this.logging.setLogLevel(TEST_SMTP, LogLevel.WARN);
	}

	@AfterEach
	void turnTheLogDown() {
		LOUD.forEach((name) -> this.logging.setLogLevel(name, null));
		this.logging.setLogLevel(TEST_SMTP, null);
	}

	@Test
	void aRefusedOfferAFiledOfferItsEmailAndAFailedStatusLookUpLeaveNoPersonalDataInTheLog(CapturedOutput log)
			throws Exception {
		String email = "registro-" + this.run + "@fundacion.example.org";
		String name = "Eulalia Quiroga " + this.run;
		String phone = "+57 601 777 " + this.run.substring(0, 4).replaceAll("[^0-9]", "7");
		String title = "Huertas escolares del Cauca " + this.run;
		String description = "Acompañamiento a 40 sedes rurales, referencia " + this.run;
		String[] typed = { "contactName", name, "contactPhone", phone, "title", title, "description", description };

		this.mvc
			.perform(validOffer(post("/offers"), email, with(typed, "consent", "")).with(csrf()).with(fromNewClient()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(validOffer(post("/offers"), email, typed).with(csrf()).with(fromNewClient()))
			.andExpect(status().isSeeOther());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Emails.textsTo(smtp.getReceivedMessages(), email).size() == 1);
		this.mvc
			.perform(post("/offers/status").param("trackingCode", "CO-2026-AAAA-BBBB")
				.param("email", email)
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent());

		assertThat(log.getAll()).as("the log was on and captured")
			.contains("Securing POST /offers",
					"Mapped to co.gov.mineducacion.cooperation.offer.OfferController#submit");
		assertThat(log.getAll()).doesNotContain(email, name, phone, title, description, "899999001-7");
	}

	private static String[] with(String[] fields, String... more) {
		String[] all = new String[fields.length + more.length];
		System.arraycopy(fields, 0, all, 0, fields.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

}
