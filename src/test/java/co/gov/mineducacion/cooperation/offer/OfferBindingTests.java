package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a visitor can bind through the offer form is the form's own fields: fields the
 * form does not have (the status, the filing number, the assignee, the version) are
 * ignored, and a field sent twice does not slip past its validation.
 */
@PortalTest
class OfferBindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fieldsTheFormDoesNotHaveAreIgnored() throws Exception {
		String email = uniqueEmail();
		MvcResult result = this.mvc
			.perform(validOffer(post("/offers"), email).param("status", "ACCEPTED")
				.param("id", "1")
				.param("trackingCode", "CO-2026-AAAA-BBBB")
				.param("assignee", "1")
				.param("assigneeId", "1")
				.param("version", "99")
				.param("receivedAt", "2020-01-01T00:00:00Z")
				.param("anonymisedAt", "2020-01-01T00:00:00Z")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(redirectedUrl("/offers/submitted"))
			.andReturn();

		String code = (String) result.getFlashMap().get("trackingCode");
		assertThat(code).isNotEqualTo("CO-2026-AAAA-BBBB");
		assertThat(this.jdbc.queryForObject(
				"SELECT status || ' ' || (assignee_id IS NULL)::text || ' ' "
						+ "|| (received_at > now() - interval '1 hour')::text FROM offer WHERE tracking_code = ?",
				String.class, code))
			.isEqualTo("RECEIVED true true");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE tracking_code = 'CO-2026-AAAA-BBBB'",
				Integer.class))
			.isZero();
	}

	@Test
	void aFieldSentTwiceDoesNotSlipPastItsValidation() throws Exception {
		String email = uniqueEmail();
		this.mvc
			.perform(validOffer(post("/offers"), email).param("contactEmail", email, "otra@fundacion.example.org")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("offerForm", "contactEmail"));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email LIKE ?", Integer.class,
				"%" + email + "%"))
			.isZero();
	}

}
