package co.gov.mineducacion.cooperation.shared.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The session id is a reference token of 216 random bits that travels only in the
 * {@code SESSION} cookie: never in a link, a form or a redirect.
 */
@PortalTest
class SessionTokensTests {

	private static final String PASSWORD = "una-clave-larga-para-sesiones-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aSessionIdCarries216RandomBits() throws Exception {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			// A failed sign-in starts a session (it holds the error to show).
			String id = sessionId(this.mvc
				.perform(post("/login").param("username", "nadie@example.org").param("password", "x").with(csrf()))
				.andReturn()
				.getResponse());
			assertThat(id).matches("[A-Za-z0-9_-]{36}");
			assertThat(Base64.getUrlDecoder().decode(id)).hasSize(27);
			ids.add(id);
		}
		assertThat(ids).hasSize(20);
		SessionIds generator = new SessionIds();
		for (int i = 0; i < 10_000; i++) {
			assertThat(ids.add(generator.generate())).isTrue();
		}
	}

	@Test
	void theSessionIdTravelsOnlyInTheCookieNeverInALinkAFormOrARedirect() throws Exception {
		String email = "token+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("""
				INSERT INTO staff_account (email, display_name, password_hash, role, created_at)
				VALUES (?, 'Token', ?, 'STAFF', now())""", email, this.passwords.encode(PASSWORD));
		MockHttpServletResponse signedIn = this.mvc
			.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse();
		String newId = sessionId(signedIn);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/admin");
		for (String page : new String[] { "/admin", "/login", "/offers/new" }) {
			MockHttpServletResponse shown = this.mvc.perform(get(page).cookie(new Cookie("SESSION", encoded(newId))))
				.andReturn()
				.getResponse();
			assertThat(shown.getStatus()).as(page).isEqualTo(200);
			assertThat(shown.getContentAsString()).as(page)
				.doesNotContain(newId)
				.doesNotContain(encoded(newId))
				.doesNotContainIgnoringCase("jsessionid");
		}
	}

	private static String sessionId(MockHttpServletResponse response) {
		Cookie cookie = response.getCookie("SESSION");
		assertThat(cookie).as("SESSION cookie").isNotNull();
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	private static String encoded(String id) {
		return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

}
