package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@WithAdmin
class StaffAccountsTests {

	private static final String GOOD_PASSWORD = "tres cafés y un colibrí en Manizales";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvitedPersonSetsAPasswordOnceAndSignsIn() throws Exception {
		String email = invite();
		String link = linkSentTo(email);
		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post(link).param("password", GOOD_PASSWORD).param("confirmation", GOOD_PASSWORD).with(csrf()))

			.andExpect(redirectedUrl("/login?passwordSet"));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
	}

	@Test
	void refusesShortCommonAndMismatchedPasswords() throws Exception {
		String link = linkSentTo(invite());
		this.mvc.perform(post(link).param("password", "corta").param("confirmation", "corta").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "TooShort"));
		this.mvc
			.perform(post(link).param("password", "password1234").param("confirmation", "password1234").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "TooGuessable"));
		this.mvc
			.perform(post(link).param("password", "qwertyuiop123").param("confirmation", "qwertyuiop123").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "TooGuessable"));
		this.mvc.perform(post(link).param("password", GOOD_PASSWORD).param("confirmation", "otra cosa").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmation", "Mismatch"));
	}

	@Test
	void keepsThePasswordExactlyAsTypedSpacesIncluded() throws Exception {
		String email = invite();
		String typed = "  " + GOOD_PASSWORD + " ";
		this.mvc.perform(post(linkSentTo(email)).param("password", typed).param("confirmation", typed).with(csrf()))
			.andExpect(redirectedUrl("/login?passwordSet"));

		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(email).password(typed.toUpperCase()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(email).password(typed)).andExpect(authenticated());
		assertThat(this.jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE email = ?", String.class,
				email))
			.startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void acceptsAPassphraseOfSeventyTwoBytesAndRefusesALongerOneBesideTheField() throws Exception {
		String link = linkSentTo(invite());
		String tooLong = "el colibrí de Manizales toma tres cafés cada mañana antes de ir a la ofi";
		assertThat(tooLong.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		this.mvc.perform(post(link).param("password", tooLong).param("confirmation", tooLong).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "TooLong"));

		String longest = "un colibri de Manizales toma tres cafes cada manana antes de ir al monte";
		assertThat(longest).hasSize(72);
		this.mvc.perform(post(link).param("password", longest).param("confirmation", longest).with(csrf()))
			.andExpect(redirectedUrl("/login?passwordSet"));
	}

	@Test
	void passwordFieldsAreMaskedAndLeftToPasswordManagers() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login)
			.contains("type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"");
		String setPassword = this.mvc.perform(get(linkSentTo(invite()))).andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("type=\"password\"").matcher(setPassword).results().count()).isEqualTo(2);
		for (String page : new String[] { login, setPassword }) {
			assertThat(page).doesNotContain("onpaste").doesNotContain("oncopy");
			// The password fields themselves (the header's search box may say what it
			// likes).
			assertThat(
					Pattern.compile("<input[^>]*type=\"password\"[^>]*>").matcher(page).results().map((m) -> m.group()))
				.isNotEmpty()
				.allSatisfy((input) -> assertThat(input).doesNotContain("autocomplete=\"off\"")
					.doesNotContain("maxlength"));
		}
	}

	@Test
	void refusesASecondAccountForOneEmail() throws Exception {
		String email = invite();
		this.mvc
			.perform(post("/admin/staff/new").param("email", email.toUpperCase())
				.param("displayName", "Otra")
				.param("role", "STAFF")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "Taken"));
	}

	@Test
	void aDeactivatedAccountCannotSignInUntilReactivated() throws Exception {
		String email = invite();
		this.mvc.perform(post(linkSentTo(email)).param("password", GOOD_PASSWORD)
			.param("confirmation", GOOD_PASSWORD)
			.with(csrf()));
		Long id = idOf(email);
		this.mvc.perform(post("/admin/staff/" + id + "/deactivate").with(csrf()));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/admin/staff/" + id + "/reactivate").with(csrf()));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aResetClearsThePasswordAndSendsANewLink() throws Exception {
		String email = invite();
		this.mvc.perform(post(linkSentTo(email)).param("password", GOOD_PASSWORD)
			.param("confirmation", GOOD_PASSWORD)
			.with(csrf()));
		this.mvc.perform(post("/admin/staff/" + idOf(email) + "/reset-password").with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get(linkSentTo(email))).andExpect(status().isOk());
	}

	@Test
	@WithStaff
	void onlyAdminsManageAccounts() throws Exception {
		this.mvc.perform(get("/admin/staff")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/staff/new").param("email", "x@mineducacion.gov.co")
				.param("displayName", "X")
				.param("role", "ADMIN")
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAForgedLinkAsNotFound() throws Exception {
		this.mvc.perform(get("/staff/set-password/not-a-real-token")).andExpect(status().isNotFound());
	}

	private String invite() throws Exception {
		String email = "persona+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.mvc
			.perform(post("/admin/staff/new").param("email", email)
				.param("displayName", "Persona Nueva")
				.param("role", "STAFF")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));
		return email;
	}

	private String linkSentTo(String email) {
		String body = this.jdbc.queryForObject(
				"SELECT body_text FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class,
				email);
		Matcher link = Pattern.compile("http://localhost:8080(/staff/set-password/[A-Za-z0-9_.-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private Long idOf(String email) {
		return this.jdbc.queryForObject("SELECT id FROM staff_account WHERE email = ?", Long.class, email);
	}

}
