package co.gov.mineducacion.cooperation.staffnotification;

import java.util.EnumMap;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.WebSliceTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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
 * The notification choices on a member's account page, in the web slice: every kind is
 * offered with every delivery, a value the page does not offer (a tampered form) gets a
 * message beside its field in the member's language, never a 500, and nothing is saved.
 */
@WebSliceTest
@WithStaff
class NotificationPreferencesWebTests {

	private static final String PATH = NotificationPreferencesController.PATH;

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationPreferencesService preferences;

	@Test
	void offersEveryKindWithEveryDeliveryAndTheLanguage() throws Exception {
		Map<StaffNotificationKind, NotificationDelivery> chosen = new EnumMap<>(StaffNotificationKind.class);
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			chosen.put(kind, kind.byDefault());
		}
		given(this.preferences.current(anyString())).willReturn(NotificationPreferencesForm.of(chosen, "en"));

		this.mvc.perform(get(PATH))
			.andExpect(status().isOk())
			.andExpect(view().name(NotificationPreferencesController.VIEW))
			.andExpect(content()
				.string(allOf(containsString("Nueva oferta recibida"), containsString("Oferta asignada a usted"),
						containsString("name=\"deliveries[WITHDRAWN]\""), containsString("id=\"deliveriesASSIGNED1\""),
						containsString("for=\"deliveriesASSIGNED1\""), containsString("En el resumen diario"),
						containsString("<option value=\"en\" selected=\"selected\""))));
	}

	@Test
	void savesTheChoicesAndTheLanguage() throws Exception {
		this.mvc.perform(valid().param("language", "en"))
			.andExpect(redirectedUrl(PATH))
			.andExpect(flash().attribute("notice", "staffnotify.preferences.saved"));

		verify(this.preferences).save(eq("analista@mineducacion.gov.co"),
				argThat((form) -> form.getLanguage().equals("en")
						&& form.choices().get(StaffNotificationKind.NEW_OFFER) == NotificationDelivery.NONE));
	}

	@Test
	void refusesAnUnknownDeliveryBesideItsFieldAndKeepsTheOtherChoices() throws Exception {
		this.mvc.perform(valid().param("deliveries[ASSIGNED]", "WHENEVER").param("language", "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name(NotificationPreferencesController.VIEW))
			.andExpect(model().attributeHasFieldErrorCode("preferencesForm", "deliveries[ASSIGNED]",
					"staffnotify.preferences.delivery.unknown"))
			.andExpect(content().string(allOf(containsString("id=\"deliveriesASSIGNED-error\""),
					containsString("Elija una de las opciones."), containsString("href=\"#deliveries[ASSIGNED]\""))));
		verify(this.preferences, never()).save(anyString(), any());
	}

	@Test
	void refusesAMissingDeliveryAndAnUnknownLanguageInTheMembersLanguage() throws Exception {
		this.mvc
			.perform(post(PATH).param("deliveries[ASSIGNED]", "IMMEDIATE")
				.param("language", "fr")
				.header("Accept-Language", "en")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("preferencesForm", "deliveries[NEW_OFFER]",
					"staffnotify.preferences.delivery.unknown"))
			.andExpect(model().attributeHasFieldErrorCode("preferencesForm", "language",
					"staffnotify.preferences.language.unknown"))
			.andExpect(content().string(
					allOf(containsString("Choose Spanish or English."), containsString("Choose one of the options."))));
		verify(this.preferences, never()).save(anyString(), any());
	}

	private static MockHttpServletRequestBuilder valid() {
		MockHttpServletRequestBuilder request = post(PATH).with(csrf());
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			request.param("deliveries[" + kind.name() + "]",
					(kind == StaffNotificationKind.NEW_OFFER) ? "NONE" : "IMMEDIATE");
		}
		return request;
	}

}
