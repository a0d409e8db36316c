package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.test.WebSliceTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The office's form for offers received by phone, in person, by email or by post, in the
 * web slice: what is missing or malformed is shown beside its field, in the staff
 * member's language, with what was typed kept, and nothing is filed. The rules that need
 * the clock and the catalogue, and the filing itself, are in {@code StaffFilingTests}.
 */
@WebSliceTest
@WithStaff
class StaffFilingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffFilingService filing;

	@Test
	void showsTheFormWithSpanishAndTheTimeReceivedFilledIn() throws Exception {
		this.mvc.perform(get("/admin/offers/new"))
			.andExpect(status().isOk())
			.andExpect(view().name(StaffFilingController.FORM))
			.andExpect(content().string(allOf(containsString("type=\"datetime-local\""),
					containsString("<option value=\"PHONE\">Teléfono</option>"),
					containsString("name=\"contactPostalAddress\""))));
	}

	@Test
	void keepsErrorsBesideTheirFieldsAndWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/offers/new").param("receivedAt", "ayer por la tarde")
				.param("contactName", "Rosalba Quintero")
				.param("contactPostalAddress", "Calle 43 # 57-14, Bogotá")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(StaffFilingController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "channel", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "receivedAt", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "consent", "AssertTrue"))
			.andExpect(content().string(allOf(containsString("id=\"channel-error\""),
					containsString("Elija cómo se recibió la oferta."), containsString("id=\"receivedAt-error\""),
					containsString("Escriba una fecha y una hora válidas"),
					containsString("value=\"ayer por la tarde\""), containsString("value=\"Rosalba Quintero\""),
					containsString(">Calle 43 # 57-14, Bogot"))));
		verify(this.filing, never()).file(any(), anyString(), any());
	}

	@Test
	void answersInTheStaffMembersLanguage() throws Exception {
		this.mvc.perform(post("/admin/offers/new?lang=en").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Choose how the offer was received."),
					containsString("Enter the date and time the offer was received."))));
	}

	@Test
	@WithAnonymousUser
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/offers/new")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/offers/CO-2026-2222-3333/receipt")).andExpect(redirectedUrl("/login"));
	}

}
