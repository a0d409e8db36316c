package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class OfferStatusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferRepository offers;

	@Autowired
	StatusLinks links;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsAnOfferByItsFilingNumberAndEmailAsAPersonTypesThem() throws Exception {
		String email = uniqueEmail();
		Offer offer = save(OfferFixtures.receivedOffer(email));
		String typed = offer.trackingCode().toLowerCase().replace("-", " ");
		this.mvc
			.perform(post("/offers/status").param("trackingCode", typed)
				.param("email", email.toUpperCase())
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(redirectedUrlPattern("/offers/status/*"));
	}

	@Test
	void givesOneAnswerForAWrongNumberAndForAWrongEmail() throws Exception {
		String email = uniqueEmail();
		Offer offer = save(OfferFixtures.receivedOffer(email));
		String wrongEmail = this.mvc
			.perform(post("/offers/status").param("trackingCode", offer.trackingCode())
				.param("email", "otra@example.org")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrongNumber = this.mvc
			.perform(post("/offers/status").param("trackingCode", "CO-2026-2222-2222")
				.param("email", email)
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongEmail).contains("No encontramos una oferta con ese número de radicado y ese correo");
		assertThat(errorOf(wrongNumber)).isEqualTo(errorOf(wrongEmail));
	}

	@Test
	void limitsLookUpsPerAddress() throws Exception {
		var client = fromNewClient();
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(post("/offers/status").param("trackingCode", "CO-2026-2222-2222")
				.param("email", "x@example.org")
				.with(csrf())
				.with(client));
		}
		this.mvc
			.perform(post("/offers/status").param("trackingCode", "CO-2026-2222-2222")
				.param("email", "x@example.org")
				.with(csrf())
				.with(client))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void showsTheStatusAndPublicHistoryFromThePrivateLink() throws Exception {
		Offer offer = save(OfferFixtures.receivedOffer(uniqueEmail()));
		this.mvc.perform(get("/offers/status/" + this.links.token(offer.trackingCode())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(offer.trackingCode()), containsString("Recibida"),
					containsString("Oferta recibida"), containsString("Retirar la oferta"),
					not(containsString("La Oficina le pidió más información")))));
	}

	@Test
	void answersAForgedOrUnknownLinkAsNotFound() throws Exception {
		Offer offer = save(OfferFixtures.receivedOffer(uniqueEmail()));
		String token = this.links.token(offer.trackingCode());
		String forged = token.substring(0, token.length() - 3) + "AAA";
		this.mvc.perform(get("/offers/status/" + forged)).andExpect(status().isNotFound());
		this.mvc.perform(get("/offers/status/" + this.links.token("CO-2026-2222-2222")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/offers/status/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void theSubmitterAnswersARequestForInformationAndTheOfferGoesBackToReview() throws Exception {
		Offer offer = save(OfferFixtures.receivedOffer(uniqueEmail()));
		change(offer.trackingCode(), (o) -> {
			o.startReview("staff@mineducacion.gov.co", Instant.now());
			o.requestInformation("staff@mineducacion.gov.co", "¿Cuántos docentes participan?", Instant.now());
		});
		String token = this.links.token(offer.trackingCode());
		this.mvc.perform(get("/offers/status/" + token))
			.andExpect(content().string(allOf(containsString("Se solicitó más información"),
					containsString("¿Cuántos docentes participan?"), containsString("Enviar la respuesta"))));
		this.mvc
			.perform(multipart("/offers/status/" + token + "/answer")
				.file(new MockMultipartFile("attachments", "lista.pdf", "application/pdf", Documents.pdf()))
				.param("message", "Participan 200 docentes.")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + token))
			.andExpect(flash().attribute("notice", "offer.status.answered"));
		assertThat(statusOf(offer.trackingCode())).isEqualTo("IN_REVIEW");
		this.mvc.perform(get("/offers/status/" + token))
			.andExpect(
					content().string(allOf(containsString("Participan 200 docentes."), containsString("lista.pdf"))));
	}

	@Test
	void theSubmitterWithdrawsTheOfferWithAReason() throws Exception {
		String email = uniqueEmail();
		Offer offer = save(OfferFixtures.receivedOffer(email));
		String token = this.links.token(offer.trackingCode());
		this.mvc
			.perform(post("/offers/status/" + token + "/withdraw").param("reason", "Cambió nuestro presupuesto")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + token));
		assertThat(statusOf(offer.trackingCode())).isEqualTo("WITHDRAWN");
		// The saved offer was received, so its confirmation is queued before the
		// withdrawal's.
		assertThat(this.jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient = ? ORDER BY id",
				String.class, email))
			.containsExactly("Recibimos su oferta de cooperación " + offer.trackingCode(),
					"Su oferta de cooperación " + offer.trackingCode() + " cambió de estado");
		this.mvc.perform(get("/offers/status/" + token))
			.andExpect(content().string(allOf(containsString("Retirada"), containsString("Cambió nuestro presupuesto"),
					not(containsString("name=\"reason\"")))));
	}

	private Offer save(Offer offer) {
		return this.transactions.execute((tx) -> this.offers.save(offer));
	}

	private void change(String trackingCode, java.util.function.Consumer<Offer> change) {
		this.transactions
			.executeWithoutResult((tx) -> change.accept(this.offers.findByTrackingCode(trackingCode).orElseThrow()));
	}

	private String statusOf(String trackingCode) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, trackingCode);
	}

	private static String errorOf(String page) {
		int start = page.indexOf("class=\"error-summary\"");
		return page.substring(start, page.indexOf("</div>", start));
	}

}
