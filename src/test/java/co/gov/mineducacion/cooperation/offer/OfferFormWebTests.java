package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.test.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The offer form's validation in the web slice: every missing or malformed field is
 * explained beside it, in the reader's language, with what was typed kept, and nothing is
 * filed. The catalogue rules, documents, limits and filing are in
 * {@link OfferSubmissionTests}.
 */
@WebSliceTest
class OfferFormWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferService offers;

	/**
	 * Was {@code OfferSubmissionTests.explainsEveryMissingRequiredFieldAndStoresNothing}.
	 */
	@Test
	void explainsEveryMissingRequiredFieldAndStoresNothing() throws Exception {
		this.mvc
			.perform(post("/offers").with(csrf())
				.with(fromNewClient())
				.param("contactName", "Ana")
				.param("contactEmail", uniqueEmail())
				.param("step", "confirm"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("offer/form"))
			.andExpect(model().attributeHasFieldErrors("offerForm", "organizationName", "sector", "title",
					"description", "actionTypes", "consent"))
			.andExpect(content().string(allOf(containsString("Escriba el nombre de la organización."),
					containsString("Elija al menos una forma de cooperación."), containsString("href=\"#title\""),
					containsString("value=\"Ana\""), containsString("aria-invalid=\"true\""))));
		verify(this.offers, never()).submit(any(), anyString(), anyString());
	}

	/**
	 * Was {@code OfferSubmissionTests.answersInTheReadersLanguage}.
	 */
	@Test
	void answersInTheReadersLanguage() throws Exception {
		this.mvc.perform(post("/offers?lang=en").with(csrf()).with(fromNewClient()).param("step", "review"))
			.andExpect(content().string(allOf(containsString("Enter the name of the organisation."),
					containsString("Please check these details before you continue"))));
	}

	/**
	 * Was {@code OfferSubmissionTests.refusesAnInvalidEmailAndKeepsWhatWasTyped}.
	 */
	@Test
	void refusesAnInvalidEmailAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(validOffer(post("/offers"), "no-es-un-correo").with(csrf()).with(fromNewClient()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "contactEmail", "Email"))
			.andExpect(content()
				.string(allOf(containsString("Horizonte Educativo\""), containsString("value=\"no-es-un-correo\""))));
		verify(this.offers, never()).submit(any(), anyString(), anyString());
	}

}
