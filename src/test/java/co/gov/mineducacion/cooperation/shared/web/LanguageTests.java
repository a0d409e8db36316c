package co.gov.mineducacion.cooperation.shared.web;

import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void speaksSpanishByDefault() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("<html lang=\"es\">"), containsString("Cómo cooperar"))));
	}

	@Test
	void followsTheBrowsersPreferredLanguage() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(
					content().string(allOf(containsString("<html lang=\"en\">"), containsString("How to cooperate"))));
	}

	@Test
	void fallsBackToSpanishForALanguageItDoesNotSpeak() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "fr-FR,de;q=0.8"))
			.andExpect(content().string(containsString("<html lang=\"es\">")));
		this.mvc.perform(get("/?lang=fr").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(cookie().doesNotExist(SupportedLocaleResolver.COOKIE));
	}

	@Test
	void switchesWithTheLangParameterAndRemembersTheChoice() throws Exception {
		this.mvc.perform(get("/contact?lang=en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(cookie().value(SupportedLocaleResolver.COOKIE, "en"))
			.andExpect(cookie().httpOnly(SupportedLocaleResolver.COOKIE, true));
		this.mvc.perform(get("/contact").cookie(new Cookie(SupportedLocaleResolver.COOKIE, "en")))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void theLanguageCookieHasTheSessionCookiesAttributes() throws Exception {
		String overHttps = this.mvc.perform(get("/contact?lang=en").secure(true))
			.andReturn()
			.getResponse()
			.getHeader("Set-Cookie");
		org.assertj.core.api.Assertions.assertThat(overHttps)
			.startsWith(SupportedLocaleResolver.COOKIE + "=en")
			.contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/");
		String overHttp = this.mvc.perform(get("/contact?lang=en")).andReturn().getResponse().getHeader("Set-Cookie");
		org.assertj.core.api.Assertions.assertThat(overHttp)
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void linksToTheSamePageWithTheSameFiltersInTheOtherLanguage() throws Exception {
		this.mvc.perform(get("/strategic-projects?level=HIGHER_EDUCATION&q=calidad"))
			.andExpect(content().string(
					containsString("href=\"/strategic-projects?level=HIGHER_EDUCATION&amp;q=calidad&amp;lang=en\"")));
		this.mvc.perform(get("/strategic-projects?lang=en"))
			.andExpect(content().string(containsString("href=\"/strategic-projects?lang=es\"")));
	}

	@Test
	void afterAFormIsShownAgainWithItsErrorsTheLanguageLinkOpensThePageTheFormWasOn() throws Exception {
		this.mvc
			.perform(post("/offers").param("step", "review")
				.header("Referer", "http://localhost/offers/new?project=PBM-COB-01")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"/offers/new?project=PBM-COB-01&amp;lang=en\"")));
		this.mvc.perform(
				post("/offers").param("step", "review").header("Referer", "https://elsewhere.example/x").with(csrf()))
			.andExpect(content().string(containsString("href=\"/?lang=en\"")));
		this.mvc.perform(get("/offers")).andExpect(redirectedUrl("/offers/new"));
	}

}
