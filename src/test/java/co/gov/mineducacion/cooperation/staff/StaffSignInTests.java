package co.gov.mineducacion.cooperation.staff;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class StaffSignInTests {

	private static final String PASSWORD = "una-clave-larga-y-segura-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staff;

	String email;

	@BeforeEach
	void createAccount() {
		this.email = "analista+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.staff.create(this.email, "Analista", StaffRole.STAFF, PASSWORD);
	}

	@Test
	void signsStaffInAndSendsThemToTheDashboard() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.email.toUpperCase()).password(PASSWORD))
			.andExpect(authenticated().withRoles("STAFF"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void givesANewSessionIdAtSignIn() throws Exception {
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).as("the sign-in form's session").isNotNull();
		MvcResult signIn = this.mvc.perform(
				post("/login").param("username", this.email).param("password", PASSWORD).cookie(before).with(csrf()))
			.andExpect(authenticated())
			.andReturn();
		Cookie after = signIn.getResponse().getCookie("SESSION");
		assertThat(after).as("the signed-in session").isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void refusesAWrongPasswordWithTheSameAnswerAsAnUnknownAccount() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.email).password("equivocada-123456"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nadie@mineducacion.gov.co").password("equivocada-123456"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksTheAccountAfterFiveFailedSignIns() throws Exception {
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS; i++) {
			this.mvc.perform(formLogin("/login").user(this.email).password("equivocada-" + i));
		}
		this.mvc.perform(formLogin("/login").user(this.email).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void forgetsFailuresAfterASuccessfulSignIn() throws Exception {
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 1; i++) {
			this.mvc.perform(formLogin("/login").user(this.email).password("equivocada-" + i));
		}
		this.mvc.perform(formLogin("/login").user(this.email).password(PASSWORD)).andExpect(authenticated());
		this.mvc.perform(formLogin("/login").user(this.email).password("equivocada-x")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user(this.email).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void signsOutWithAPost() throws Exception {
		this.mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/logout")).andExpect(status().isNotFound());
	}

	@Test
	void createsTheFirstAdministratorOnlyWhenNoAccountExistsAndBothVariablesAreSet() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("PORTAL_ADMIN_EMAIL", "jefe@mineducacion.gov.co")
			.withProperty("PORTAL_ADMIN_PASSWORD", "otra-clave-larga-2026");
		new FirstAdministrator(this.staff, environment).run(null);
		// Accounts exist already (this test class made some): nobody new is created.
		assertThat(this.staff.byEmail("jefe@mineducacion.gov.co")).isEmpty();
	}

}
