package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.Totp;
import co.gov.mineducacion.cooperation.test.Visitor;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enrolling an authenticator app and signing in with it, through the real security
 * policy, services and database.
 */
@PortalTest
class TwoStepSignInTests {

	private static final String PASSWORD = "una-clave-larga-y-segura-2026";

	private static final String SECURITY = "/admin/account/security";

	private static final Pattern SECRET = Pattern.compile("class=\"totp-secret\">([A-Z2-7 ]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountSecurityService security;

	@Test
	void aStaffMemberEnrolsAnAppAndGetsTenRecoveryCodesOnce() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor session = signIn(email);
		this.mvc.perform(get(SECURITY).with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/admin/account/security/setup\"")));
		String secret = beginSetup(session);
		assertThat(secret.replace(" ", "")).hasSize(32);
		this.mvc.perform(get(SECURITY).with(session))
			.andDo(session)
			.andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")));

		MvcResult confirmed = this.mvc
			.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY + "/recovery-codes"))
			.andReturn();
		List<String> codes = recoveryCodes(confirmed);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		this.mvc.perform(get(SECURITY + "/recovery-codes").with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(codes.get(0))));
		this.mvc.perform(get(SECURITY + "/recovery-codes").with(session))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY));
		assertThat(totpEnabled(email)).isTrue();
		byte[] raw = new Base32().decode(secret.replace(" ", ""));
		assertThat(new String(storedSecret(email), StandardCharsets.ISO_8859_1)).as("sealed, not in clear")
			.doesNotContain(new String(raw, StandardCharsets.ISO_8859_1))
			.doesNotContain(secret.replace(" ", ""));
		assertThat(this.jdbc.queryForList("SELECT code_hash FROM staff_recovery_code c JOIN staff_account a "
				+ "ON a.id = c.staff_account_id WHERE a.email = ?", String.class, email))
			.hasSize(10)
			.noneMatch((hash) -> codes.stream().anyMatch((code) -> hash.contains(code)));
		assertThat(audited(email, "staff.totp.enabled")).isEqualTo(1);
	}

	@Test
	void refusesAWrongConfirmationCodeAndLeavesTheAppOff() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor session = signIn(email);
		String secret = beginSetup(session);
		this.mvc.perform(post(SECURITY + "/confirm").param("code", wrong(Totp.code(secret))).with(session).with(csrf()))
			.andDo(session)
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "Wrong"))
			.andExpect(content().string(containsString(secret)));
		assertThat(totpEnabled(email)).isFalse();
	}

	@Test
	void signsInWithThePasswordThenACodeAndReachesTheWorkspace() throws Exception {
		// An ADMIN, whose sign-in always needs the code.
		String email = newAccount(StaffRole.ADMIN);
		String secret = enrol(email);
		Visitor session = signIn(email);
		assertThat(actedAs(email, "staff.password-accepted")).isEqualTo(1);
		assertThat(actedAs(email, "staff.signed-in")).as("not before the code").isZero();
		this.mvc.perform(get("/admin").with(session)).andDo(session).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(get(SECURITY).with(session)).andDo(session).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(get("/login/code").with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"code\"")));
		String before = session.sessionId();
		MvcResult result = this.mvc
			.perform(post("/login/code").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectsToTheWorkspace())
			.andReturn();
		assertThat(session.sessionId()).isNotEqualTo(before);
		assertThat(actedAs(email, "staff.signed-in")).isEqualTo(1);
		this.mvc.perform(get("/admin").with(session)).andDo(session).andExpect(status().isOk());
		this.mvc.perform(get("/admin/staff").with(session)).andDo(session).andExpect(status().isOk());
	}

	@Test
	void refusesAWrongCodeAndACodeAlreadyUsed() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		String secret = enrol(email);
		Visitor session = signIn(email);
		this.mvc.perform(post("/login/code").param("code", wrong(Totp.code(secret, 1))).with(session).with(csrf()))
			.andDo(session)
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "Wrong"));
		this.mvc.perform(get("/admin").with(session)).andDo(session).andExpect(redirectedUrl("/login/code"));
		assertThat(audited(email, "staff.totp.failed")).isEqualTo(1);

		String code = Totp.code(secret, 1);
		this.mvc.perform(post("/login/code").param("code", code).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectsToTheWorkspace());
		Visitor again = signIn(email);
		this.mvc.perform(post("/login/code").param("code", code).with(again).with(csrf()))
			.andDo(again)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor enrolling = signIn(email);
		String secret = beginSetup(enrolling);
		MvcResult confirmed = this.mvc
			.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(enrolling).with(csrf()))
			.andDo(enrolling)
			.andReturn();
		String recoveryCode = recoveryCodes(confirmed).get(3);

		Visitor first = signIn(email);
		this.mvc.perform(post("/login/code").param("code", recoveryCode.toUpperCase()).with(first).with(csrf()))
			.andDo(first)
			.andExpect(redirectsToTheWorkspace());
		this.mvc.perform(get("/admin").with(first)).andDo(first).andExpect(status().isOk());
		assertThat(audited(email, "staff.recovery-code.used")).isEqualTo(1);

		Visitor second = signIn(email);
		this.mvc.perform(post("/login/code").param("code", recoveryCode).with(second).with(csrf()))
			.andDo(second)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anAdminWithoutAnAppCanOnlyEnrolOrSignOut() throws Exception {
		String email = newAccount(StaffRole.ADMIN);
		Visitor session = signIn(email);
		this.mvc.perform(get("/admin").with(session)).andDo(session).andExpect(redirectedUrl(SECURITY));
		this.mvc.perform(get("/admin/offers").with(session)).andDo(session).andExpect(redirectedUrl(SECURITY));
		this.mvc.perform(get("/admin/staff").with(session)).andDo(session).andExpect(redirectedUrl(SECURITY));
		this.mvc.perform(get("/login/code").with(session)).andDo(session).andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get(SECURITY).with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("deben usar la verificación en dos pasos")));

		String secret = beginSetup(session);
		this.mvc.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY + "/recovery-codes"));
		this.mvc.perform(get("/admin").with(session)).andDo(session).andExpect(status().isOk());
		this.mvc.perform(get("/admin/staff").with(session)).andDo(session).andExpect(status().isOk());
	}

	@Test
	void anAdminWithoutAnAppCanSignOut() throws Exception {
		Visitor session = signIn(newAccount(StaffRole.ADMIN));
		this.mvc.perform(post("/logout").with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/login?signedOut"));
		assertThat(session.sessionEnded()).isTrue();
	}

	@Test
	void locksTheAccountAfterFiveFailuresCountingPasswordsAndCodesTogether() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		enrol(email);
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 2; i++) {
			this.mvc.perform(formLogin("/login").user(email).password("equivocada-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		Visitor session = signIn(email);
		this.mvc.perform(post("/login/code").param("code", "000000").with(session).with(csrf()))
			.andDo(session)
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/login/code").param("code", "no-such-code").with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/login?error"));
		assertThat(session.sessionEnded()).as("the half-done sign-in ends").isTrue();

		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(audited(email, "staff.totp.failed")).isEqualTo(2);
	}

	@Test
	void aLockedAccountAcceptsNoCodeEvenARightOne() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		String secret = enrol(email);
		Visitor session = signIn(email);
		for (int i = 0; i < StaffAccount.MAX_FAILED_SIGN_INS - 1; i++) {
			this.mvc.perform(post("/login/code").param("code", "abcde-" + i).with(session).with(csrf()))
				.andDo(session)
				.andExpect(status().isUnprocessableContent());
		}
		// A failure elsewhere (a password tried in another browser) locks the account.
		this.mvc.perform(formLogin("/login").user(email).password("equivocada"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login/code").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void everyPostNeedsTheCsrfToken() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor session = signIn(email);
		this.mvc.perform(post(SECURITY + "/setup").with(session)).andDo(session).andExpect(status().isForbidden());
		String secret = beginSetup(session);
		this.mvc.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session))
			.andDo(session)
			.andExpect(status().isForbidden());
		assertThat(totpEnabled(email)).isFalse();
		this.mvc.perform(post("/login/code").param("code", "123456").with(session))
			.andDo(session)
			.andExpect(status().isForbidden());
	}

	@Test
	void aStaffMemberTurnsTheAppOffWithACode() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor session = signIn(email);
		String secret = beginSetup(session);
		this.mvc.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session).with(csrf()))
			.andDo(session);
		this.mvc.perform(post(SECURITY + "/turn-off").param("code", "123").with(session).with(csrf()))
			.andDo(session)
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "Wrong"));
		assertThat(totpEnabled(email)).isTrue();
		this.mvc.perform(post(SECURITY + "/turn-off").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY));
		assertThat(totpEnabled(email)).isFalse();
		assertThat(audited(email, "staff.totp.disabled")).isEqualTo(1);
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anAdminCannotTurnTheAppOff() throws Exception {
		String email = newAccount(StaffRole.ADMIN);
		Visitor session = signIn(email);
		String secret = beginSetup(session);
		this.mvc.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session).with(csrf()))
			.andDo(session);
		this.mvc.perform(get(SECURITY).with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/turn-off"))));
		this.mvc.perform(post(SECURITY + "/turn-off").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(status().isUnprocessableContent());
		assertThat(totpEnabled(email)).isTrue();
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		Visitor session = signIn(email);
		String secret = beginSetup(session);
		MvcResult confirmed = this.mvc
			.perform(post(SECURITY + "/confirm").param("code", Totp.code(secret)).with(session).with(csrf()))
			.andDo(session)
			.andReturn();
		String oldCode = recoveryCodes(confirmed).get(0);
		MvcResult regenerated = this.mvc
			.perform(post(SECURITY + "/recovery-codes").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY + "/recovery-codes"))
			.andReturn();
		assertThat(recoveryCodes(regenerated)).hasSize(10).doesNotContain(oldCode);
		assertThat(audited(email, "staff.recovery-codes.regenerated")).isEqualTo(1);

		Visitor next = signIn(email);
		this.mvc.perform(post("/login/code").param("code", oldCode).with(next).with(csrf()))
			.andDo(next)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	@WithAdmin
	void anAdminsResetClearsTheColleaguesAppSoTheyEnrolAgain() throws Exception {
		String email = newAccount(StaffRole.STAFF);
		enrol(email);
		Long id = this.jdbc.queryForObject("SELECT id FROM staff_account WHERE email = ?", Long.class, email);
		this.mvc.perform(post("/admin/staff/" + id + "/reset-password").with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));
		assertThat(totpEnabled(email)).isFalse();
		assertThat(storedSecret(email)).isNull();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_recovery_code WHERE staff_account_id = ?",
				Integer.class, id))
			.isZero();
		assertThat(audited(email, "staff.totp.disabled")).isEqualTo(1);
	}

	private String newAccount(StaffRole role) {
		String email = role.name().toLowerCase() + "+" + UUID.randomUUID().toString().substring(0, 8)
				+ "@mineducacion.gov.co";
		this.staff.create(email, "Persona", role, PASSWORD);
		return email;
	}

	private Visitor signIn(String email) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		return Visitor.from(result);
	}

	private Visitor signInWithCode(String email, String secret) throws Exception {
		Visitor session = signIn(email);
		this.mvc.perform(post("/login/code").param("code", Totp.code(secret, 1)).with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectsToTheWorkspace());
		return session;
	}

	/**
	 * Enrols an app for the account; returns the app's secret. The confirmation uses the
	 * current step's code, so a sign-in right after uses the next step's.
	 */
	private String enrol(String email) {
		this.security.beginSetup(email);
		String secret = this.security.status(email).setup().secretInGroups();
		assertThat(this.security.confirmSetup(email, Totp.code(secret))).isPresent();
		return secret;
	}

	private String beginSetup(Visitor session) throws Exception {
		this.mvc.perform(post(SECURITY + "/setup").with(session).with(csrf()))
			.andDo(session)
			.andExpect(redirectedUrl(SECURITY));
		String page = this.mvc.perform(get(SECURITY).with(session))
			.andDo(session)
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the key is printed for typing it in").isTrue();
		return secret.group(1);
	}

	private boolean totpEnabled(String email) {
		return this.jdbc.queryForObject("SELECT totp_enabled_at IS NOT NULL FROM staff_account WHERE email = ?",
				Boolean.class, email);
	}

	private byte[] storedSecret(String email) {
		return this.jdbc.queryForObject("SELECT totp_secret FROM staff_account WHERE email = ?", byte[].class, email);
	}

	private int actedAs(String email, String action) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = ?",
				Integer.class, email, action);
	}

	private int audited(String email, String action) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE target = ? AND action = ?",
				Integer.class, email, action);
	}

	/**
	 * A redirect into the workspace: the page asked for before the code, or the
	 * dashboard.
	 */
	private static ResultMatcher redirectsToTheWorkspace() {
		return (result) -> assertThat(result.getResponse().getRedirectedUrl())
			.matches("(http://localhost)?/admin(/.*)?(\\?continue)?");
	}

	@SuppressWarnings("unchecked")
	private static List<String> recoveryCodes(MvcResult result) {
		return (List<String>) result.getFlashMap().get("recoveryCodes");
	}

	private static String wrong(String code) {
		return String.valueOf((Integer.parseInt(code) + 1) % 1_000_000 + 1_000_000).substring(1);
	}

}
