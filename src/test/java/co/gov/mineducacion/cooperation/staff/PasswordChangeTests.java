package co.gov.mineducacion.cooperation.staff;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in staff member changes their own password, with the current one: the new one
 * follows the same policy as a first password, and a wrong current one changes nothing
 * and counts toward the lockout.
 */
@PortalTest
class PasswordChangeTests {

	private static final String CURRENT = "una-clave-larga-para-cambiar-2026";

	private static final String NEW = "  otra frase larga: el río Magdalena al amanecer ";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void changesThePasswordGivenTheCurrentOneAndSignsInWithTheNewOneOnly() throws Exception {
		String email = member();
		this.mvc.perform(get("/admin/account/password").with(SignedIn.staff(email)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("passwordChangeForm"));

		this.mvc.perform(change(email, CURRENT, NEW, NEW))
			.andExpect(redirectedUrl("/admin/account/security"))
			.andExpect(flash().attribute("notice", "staff.account.password.changed"));

		this.mvc.perform(formLogin("/login").user(email).password(CURRENT)).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(email).password(NEW)).andExpect(authenticated());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'staff.password-changed'", Integer.class,
				email))
			.isEqualTo(1);
	}

	@Test
	void refusesAWrongCurrentPasswordChangesNothingAndCountsItTowardTheLockout() throws Exception {
		String email = member();
		for (int attempt = 1; attempt <= StaffAccount.MAX_FAILED_SIGN_INS; attempt++) {
			MockHttpServletResponse response = this.mvc.perform(change(email, "no-es-la-clave-actual", NEW, NEW))
				.andExpect(status().isUnprocessableContent())
				.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "current", "Wrong"))
				.andReturn()
				.getResponse();
			assertThat(response.getContentAsString()).doesNotContain("no-es-la-clave-actual")
				.doesNotContain("Magdalena");
		}
		this.mvc.perform(change(email, CURRENT, NEW, NEW))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "current", "Wrong"));

		assertThat(this.passwords.matches(CURRENT, hashOf(email))).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT locked_until IS NOT NULL FROM staff_account WHERE email = ?",
				Boolean.class, email))
			.isTrue();
	}

	@Test
	void holdsTheNewPasswordToTheSamePolicyAsAFirstOne() throws Exception {
		String email = member();
		this.mvc.perform(change(email, CURRENT, "corta", "corta"))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "password", "TooShort"));
		this.mvc.perform(change(email, CURRENT, "password1234", "password1234"))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "password", "TooGuessable"));
		this.mvc.perform(change(email, CURRENT, NEW, NEW.strip()))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "confirmation", "Mismatch"));
		this.mvc.perform(change(email, "", NEW, NEW))
			.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "current", "NotBlank"));

		assertThat(this.passwords.matches(CURRENT, hashOf(email))).isTrue();
	}

	@Test
	void needsTheCsrfToken() throws Exception {
		String email = member();
		this.mvc
			.perform(post("/admin/account/password").param("current", CURRENT)
				.param("password", NEW)
				.param("confirmation", NEW)
				.with(SignedIn.staff(email)))
			.andExpect(status().isForbidden());
		assertThat(this.passwords.matches(CURRENT, hashOf(email))).isTrue();
	}

	private RequestBuilder change(String email, String current, String password, String confirmation) {
		return post("/admin/account/password").param("current", current)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(SignedIn.staff(email))
			.with(csrf());
	}

	private String member() {
		String email = "cambio+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("""
				INSERT INTO staff_account (email, display_name, password_hash, role, created_at)
				VALUES (?, 'Cambio', ?, 'STAFF', now())""", email, this.passwords.encode(CURRENT));
		return email;
	}

	private String hashOf(String email) {
		return this.jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE email = ?", String.class, email);
	}

}
