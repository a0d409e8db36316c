package co.gov.mineducacion.cooperation.offer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import co.gov.mineducacion.cooperation.test.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The status pages' form logic in the web slice: the look-up form, the answer and the
 * withdrawal, with the tracking service mocked. The look-ups themselves, the links and
 * the journeys are in {@link OfferStatusTests}.
 */
@WebSliceTest
class OfferStatusWebTests {

	private static final String TOKEN = "a-status-link-token";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferTrackingService tracking;

	@Test
	void opensTheLookUpFormEmpty() throws Exception {
		this.mvc.perform(get("/offers/status"))
			.andExpect(status().isOk())
			.andExpect(view().name(OfferStatusController.LOOKUP))
			.andExpect(model().attributeExists("lookupForm"))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void asksForTheFilingNumberAndTheEmailBeforeLookingAnythingUp() throws Exception {
		this.mvc.perform(post("/offers/status").param("trackingCode", " ").param("email", "").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(OfferStatusController.LOOKUP))
			.andExpect(model().attributeHasFieldErrors("lookupForm", "trackingCode", "email"));
		verify(this.tracking, never()).lookUp(anyString(), anyString());
	}

	@Test
	void sendsAFoundOfferToItsPrivateLink() throws Exception {
		given(this.tracking.lookUp("CO-2026-1234-5678", "ana@example.org")).willReturn(Optional.of(TOKEN));
		this.mvc
			.perform(post("/offers/status").param("trackingCode", "CO-2026-1234-5678")
				.param("email", "ana@example.org")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + TOKEN));
	}

	@Test
	void answersAnOfferNotFoundOnTheFormItself() throws Exception {
		given(this.tracking.lookUp(anyString(), anyString())).willReturn(Optional.empty());
		this.mvc
			.perform(post("/offers/status").param("trackingCode", "CO-2026-2222-2222")
				.param("email", "otra@example.org")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(OfferStatusController.LOOKUP))
			.andExpect(model().attributeHasErrors("lookupForm"))
			.andExpect(content()
				.string(containsString("No encontramos una oferta con ese número de radicado y ese correo")));
	}

	/**
	 * Was {@code OfferStatusTests.refusesAnAnswerWithoutText}: the offer's status stays
	 * as it was, since the answer never reaches the service.
	 */
	@Test
	void refusesAnAnswerWithoutText() throws Exception {
		given(this.tracking.status(TOKEN)).willReturn(awaitingInformation());
		this.mvc.perform(post("/offers/status/" + TOKEN + "/answer").param("message", " ").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(OfferStatusController.STATUS))
			.andExpect(model().attributeHasFieldErrorCode("answerForm", "message", "NotBlank"))
			.andExpect(content().string(containsString("Escriba su respuesta.")));
		verify(this.tracking, never()).answer(anyString(), any(), anyList());
	}

	@Test
	void confirmsAnAnswerWithAFlashMessageKey() throws Exception {
		this.mvc
			.perform(post("/offers/status/" + TOKEN + "/answer").param("message", "Participan 200 docentes.")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + TOKEN))
			.andExpect(flash().attribute("notice", "offer.status.answered"));
		verify(this.tracking).answer(TOKEN, "Participan 200 docentes.", List.of());
	}

	@Test
	void refusesAWithdrawalWithoutAReason() throws Exception {
		given(this.tracking.status(TOKEN)).willReturn(awaitingInformation());
		this.mvc.perform(post("/offers/status/" + TOKEN + "/withdraw").param("reason", "").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(OfferStatusController.STATUS))
			.andExpect(model().attributeHasFieldErrors("withdrawForm", "reason"));
		verify(this.tracking, never()).withdraw(anyString(), anyString());
	}

	@Test
	void confirmsAWithdrawalWithAFlashMessageKey() throws Exception {
		this.mvc
			.perform(post("/offers/status/" + TOKEN + "/withdraw").param("reason", "Cambió nuestro presupuesto")
				.with(csrf()))
			.andExpect(redirectedUrl("/offers/status/" + TOKEN))
			.andExpect(flash().attribute("notice", "offer.status.withdrawn"));
		verify(this.tracking).withdraw(TOKEN, "Cambió nuestro presupuesto");
	}

	@Test
	void explainsAMoveTheStatusNoLongerAllows() throws Exception {
		willThrow(new IllegalOfferTransitionException(OfferStatus.WITHDRAWN, OfferStatus.WITHDRAWN))
			.given(this.tracking)
			.withdraw(anyString(), anyString());
		this.mvc.perform(post("/offers/status/" + TOKEN + "/withdraw").param("reason", "Otra vez").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/offers/status/" + TOKEN))
			.andExpect(flash().attribute("refusal", "offer.status.refused"));
	}

	/**
	 * Was {@code OfferStatusTests.refusesToWithdrawWithoutCsrfToken}: the offer stays as
	 * it was, since the request never reaches the service.
	 */
	@Test
	void refusesToWithdrawWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/offers/status/" + TOKEN + "/withdraw").param("reason", "x"))
			.andExpect(status().isForbidden());
		verify(this.tracking, never()).withdraw(anyString(), anyString());
	}

	@Test
	void offersOneMoreMonthAsAButtonWhileItMayStillBeAskedFor() throws Exception {
		given(this.tracking.status(TOKEN)).willReturn(awaitingInformation(
				new OfferStatusView.InformationTerm(java.time.LocalDate.of(2027, 3, 29), false, true)));
		this.mvc.perform(get("/offers/status/" + TOKEN))
			.andExpect(content().string(allOf(containsString("Tiene hasta el 29/03/2027 para responder"),
					containsString("action=\"/offers/status/" + TOKEN + "/more-time\""),
					containsString("Pedir un mes más"))));
	}

	@Test
	void showsTheExtendedDateWithoutTheButtonOnceUsed() throws Exception {
		given(this.tracking.status(TOKEN)).willReturn(awaitingInformation(
				new OfferStatusView.InformationTerm(java.time.LocalDate.of(2027, 4, 26), true, false)));
		this.mvc.perform(get("/offers/status/" + TOKEN))
			.andExpect(content().string(allOf(containsString("Tiene hasta el 26/04/2027 para responder"),
					containsString("plazo ampliado a su solicitud"), not(containsString("/more-time")))));
	}

	@Test
	void explainsWhyMoreTimeWasRefused() throws Exception {
		willThrow(new MoreTimeRefusedException(MoreTimeRefusedException.Reason.TERM_ENDED)).given(this.tracking)
			.askForMoreTime(TOKEN);
		this.mvc.perform(post("/offers/status/" + TOKEN + "/more-time").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/offers/status/" + TOKEN))
			.andExpect(flash().attribute("refusal", "offer.status.moreTime.refused.TERM_ENDED"));
	}

	@Test
	void refusesMoreTimeWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/offers/status/" + TOKEN + "/more-time")).andExpect(status().isForbidden());
		verify(this.tracking, never()).askForMoreTime(anyString());
	}

	private static OfferStatusView awaitingInformation() {
		return awaitingInformation(null);
	}

	private static OfferStatusView awaitingInformation(OfferStatusView.InformationTerm information) {
		ZonedDateTime received = ZonedDateTime.parse("2026-03-02T09:15:00-05:00[America/Bogota]");
		return new OfferStatusView("CO-2026-1234-5678", "Clubes de robótica", "Fundación Horizonte Educativo",
				OfferStatus.MORE_INFORMATION_REQUESTED, received, List.of(new OfferStatusView.Entry(received,
						OfferEventKind.SUBMITTED, OfferStatus.RECEIVED, null, false)),
				List.of(), true, true, null, null, false, null, information);
	}

}
