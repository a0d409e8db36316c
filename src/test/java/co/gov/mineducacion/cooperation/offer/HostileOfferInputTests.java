package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.function.Consumer;

import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a hostile or careless submitter types into the public forms: control characters,
 * dates PostgreSQL cannot hold, addresses no one can mail, a second answer or withdrawal.
 * Each gets the form back with a message or the status page, never a 500, and nothing
 * half-stored.
 */
@PortalTest
class HostileOfferInputTests {

	private static final String CONTROLS = "\u0000\u0001\u0008\u000b\u000c\u001b\u007f";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferRepository offers;

	@Autowired
	StatusLinks links;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void controlCharactersInEveryFreeTextFieldAreDroppedAndTheOfferIsFiled() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(validOffer(post("/offers"), email, "organizationName", "Fundación" + CONTROLS + " Horizonte",
					"contactName", "Ana\u0000 María", "contactPosition", "Directora\u0000", "title",
					"Laboratorios\u0000 rurales", "description", "Primera línea\u0000\r\nSegunda\tlínea", "website",
					"https://horizonte.example.org/\u0000", "taxId", "899999001-7\u0000")
				.param("step", "confirm")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/offers/submitted"));
		assertThat(this.jdbc.queryForList(
				"SELECT organization_name || '|' || contact_name || '|' || contact_position || '|' || title"
						+ " || '|' || description || '|' || website FROM offer WHERE contact_email = ?",
				String.class, email))
			.containsExactly("Fundación Horizonte|Ana María|Directora|Laboratorios rurales|"
					+ "Primera línea\r\nSegunda\tlínea|https://horizonte.example.org/");
	}

	@Test
	void aNulByteOnTheReviewStepKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(
					validOffer(post("/offers"), uniqueEmail(), "title", "Laboratorios\u0000 rurales", "description", "")
						.param("step", "review")
						.with(csrf())
						.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("offerForm", "description"))
			.andExpect(content().string(containsString("value=\"Laboratorios rurales\"")));
	}

	@Test
	void datesPostgresCannotHoldGetAMessageBesideTheField() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(validOffer(post("/offers"), email, "startDate", "+999999999-12-31", "endDate", "-999999999-01-01")
				.param("step", "confirm")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "startDate", "PlausibleDate"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "endDate", "PlausibleDate"))
			.andExpect(content().string(allOf(containsString("Escriba una fecha entre los años 2000 y 2100."),
					containsString("Horizonte Educativo\""))));
		this.mvc
			.perform(validOffer(post("/offers?lang=en"), email, "startDate", "1999-12-31").param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(content().string(containsString("Enter a date between the years 2000 and 2100.")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void anAddressWithoutAPublicDomainNameIsRefused() throws Exception {
		for (String address : new String[] { "ana@localhost", "ana@[127.0.0.1]", "ana@127.0.0.1", "ana@intranet",
				"ana@mail.localhost", "ana@example..org", "ana@-example.org" }) {
			this.mvc
				.perform(
						validOffer(post("/offers"), address).param("step", "review").with(csrf()).with(fromNewClient()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(model().attributeHasFieldErrors("offerForm", "contactEmail"));
		}
		this.mvc
			.perform(validOffer(post("/offers?lang=en"), "ana@localhost").param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "contactEmail", "PublicEmail"))
			.andExpect(content().string(containsString("Enter an address with a public domain name")));
		this.mvc
			.perform(validOffer(post("/offers"), "ana.maria@fundación.example.co").param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isOk());
	}

	@Test
	void aNulByteInTheWithdrawReasonIsDroppedAndTheOfferWithdrawn() throws Exception {
		Offer offer = save(OfferFixtures.receivedOffer(uniqueEmail()));
		String token = this.links.token(offer.trackingCode());
		this.mvc
			.perform(post("/offers/status/" + token + "/withdraw").param("reason", "Cambió\u0000 el presupuesto")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + token));
		assertThat(statusOf(offer)).isEqualTo("WITHDRAWN");
		assertThat(this.jdbc.queryForObject(
				"SELECT e.message FROM offer_event e JOIN offer o ON o.id = e.offer_id WHERE o.tracking_code = ?"
						+ " AND e.new_status = 'WITHDRAWN'",
				String.class, offer.trackingCode()))
			.isEqualTo("Cambió el presupuesto");
	}

	@Test
	void withdrawingTwiceShowsTheStatusPageWithAMessageAndChangesNothing() throws Exception {
		Offer offer = save(OfferFixtures.receivedOffer(uniqueEmail()));
		String token = this.links.token(offer.trackingCode());
		this.mvc.perform(post("/offers/status/" + token + "/withdraw").param("reason", "Primera vez").with(csrf()))
			.andExpect(flash().attribute("notice", "offer.status.withdrawn"));
		this.mvc.perform(post("/offers/status/" + token + "/withdraw").param("reason", "Segunda vez").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/offers/status/" + token))
			.andExpect(flash().attribute("refusal", "offer.status.refused"));
		assertThat(statusOf(offer)).isEqualTo("WITHDRAWN");
		assertThat(eventsOf(offer)).isEqualTo(2);
	}

	@Test
	void answeringTwiceOrWithoutARequestShowsTheStatusPageWithAMessage() throws Exception {
		Offer waiting = save(OfferFixtures.receivedOffer(uniqueEmail()));
		change(waiting, (o) -> {
			o.startReview("staff@mineducacion.gov.co", Instant.now());
			o.requestInformation("staff@mineducacion.gov.co", "¿Cuántos docentes?", Instant.now());
		});
		String token = this.links.token(waiting.trackingCode());
		this.mvc.perform(post("/offers/status/" + token + "/answer").param("message", "Doscientos").with(csrf()))
			.andExpect(flash().attribute("notice", "offer.status.answered"));
		int events = eventsOf(waiting);
		this.mvc.perform(post("/offers/status/" + token + "/answer").param("message", "Doscientos").with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + token))
			.andExpect(flash().attribute("refusal", "offer.status.refused"));
		assertThat(statusOf(waiting)).isEqualTo("IN_REVIEW");
		assertThat(eventsOf(waiting)).isEqualTo(events);

		Offer received = save(OfferFixtures.receivedOffer(uniqueEmail()));
		String other = this.links.token(received.trackingCode());
		this.mvc.perform(get("/offers/status/" + other).cookie(refusedAnswer(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Esta acción ya no es posible")));
		this.mvc.perform(get("/offers/status/" + other + "?lang=en").cookie(refusedAnswer(other)))
			.andExpect(content().string(containsString("This action is no longer possible")));
		assertThat(statusOf(received)).isEqualTo("RECEIVED");
	}

	/**
	 * Answers an offer that asked nothing; the cookies that hold the refusal for the next
	 * page (a visitor's signed flash cookie, no session).
	 */
	private Cookie[] refusedAnswer(String token) throws Exception {
		return this.mvc
			.perform(post("/offers/status/" + token + "/answer").param("message", "Sin pregunta").with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + token))
			.andReturn()
			.getResponse()
			.getCookies();
	}

	private Offer save(Offer offer) {
		return this.transactions.execute((tx) -> this.offers.save(offer));
	}

	private void change(Offer offer, Consumer<Offer> change) {
		this.transactions.executeWithoutResult(
				(tx) -> change.accept(this.offers.findByTrackingCode(offer.trackingCode()).orElseThrow()));
	}

	private String statusOf(Offer offer) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class,
				offer.trackingCode());
	}

	private int eventsOf(Offer offer) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM offer_event e JOIN offer o ON o.id = e.offer_id WHERE o.tracking_code = ?",
				Integer.class, offer.trackingCode());
	}

}
