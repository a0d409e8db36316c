package co.gov.mineducacion.cooperation.shared.security;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-out ends the session, and the protective headers are on pages that are not
 * ordinary pages (a 404, a stylesheet). The cookie's flags are checked over real HTTP in
 * {@link SessionCookieOverHttpTests}.
 */
@PortalTest
class SessionAndHeadersTests {

	private static final String PASSWORD = "una-clave-larga-para-sesiones-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void signingOutEndsTheSessionForGood() throws Exception {
		String email = "sesion+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("""
				INSERT INTO staff_account (email, display_name, password_hash, role, created_at)
				VALUES (?, 'Sesión', ?, 'STAFF', now())""", email, this.passwords.encode(PASSWORD));
		Cookie session = this.mvc
			.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));

		this.mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, email))
			.isZero();
	}

	@Test
	void protectiveHeadersAreOnNotFoundPagesAndStylesheetsToo() throws Exception {
		for (String path : new String[] { "/no-existe-esta-pagina", "/css/portal.css" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
		}
	}

}
