package co.gov.mineducacion.cooperation.staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserExtension;
import co.gov.mineducacion.cooperation.test.CookieBrowser;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import co.gov.mineducacion.cooperation.test.TestIdentityProvider;
import co.gov.mineducacion.cooperation.test.Totp;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through a real OpenID Connect provider (Spring Authorization Server in the test
 * JVM), driven over HTTP hop by hop as a browser would: the portal's button, the
 * provider's login form, the code sent back, the portal's checks of the ID token and its
 * own rules (verified email, mapped role, allowed domain, active account, second factor
 * for ADMINs), and sign-out at both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestDatabaseConfiguration.class)
@ExtendWith(BrowserExtension.class)
class DirectorySignInTests {

	private static final String REGISTRATION = "ministerio";

	private static final int PORT = freePort();

	private static final String PORTAL = "http://localhost:" + PORT;

	private static final String PASSWORD = "clave-del-directorio-2026";

	private static final List<String> STAFF_GROUP = List.of("otra-cosa", "cooperacion-personal");

	private static final List<String> ADMIN_GROUP = List.of("cooperacion-personal", "cooperacion-administracion");

	private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(PORTAL, REGISTRATION);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryAccounts directory;

	@DynamicPropertySource
	static void directory(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("portal.base-url", () -> PORTAL);
		String registration = "spring.security.oauth2.client.registration." + REGISTRATION;
		registry.add(registration + ".client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add(registration + ".client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add(registration + ".scope", () -> "openid,email,profile");
		registry.add("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", PROVIDER::issuer);
		registry.add("portal.oidc.roles-claim", () -> "groups");
		registry.add("portal.oidc.staff-values", () -> "cooperacion-personal");
		registry.add("portal.oidc.admin-values", () -> "cooperacion-administracion");
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.close();
	}

	@Test
	void aStaffMemberSignsInThroughTheDirectoryAndWorksAsStaff() throws Exception {
		String email = account("STAFF", true);
		person(email, Map.of("groups", STAFF_GROUP, "amr", List.of("pwd")));
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page signIn = browser.get(PORTAL + "/login");
		assertThat(signIn.body()).contains("href=\"/oauth2/authorization/" + REGISTRATION + "\"")
			.contains("Ingresar con el directorio del Ministerio");

		CookieBrowser.Page landed = signInThroughTheDirectory(browser, email);
		assertThat(landed.location()).isEqualTo(PORTAL + "/admin");
		assertThat(browser.follow(landed).status()).isEqualTo(200);
		assertThat(browser.get(PORTAL + "/admin/staff").status()).as("STAFF, not ADMIN").isEqualTo(403);
		assertThat(audited(email, "staff.directory.signed-in")).isEqualTo(1);
		assertThat(audited(email, "staff.signed-in")).as("no password sign-in recorded").isZero();

		Authentication kept = signInKeptInTheSession(email);
		assertThat(kept).as("the same kind of sign-in as with a password")
			.isInstanceOf(UsernamePasswordAuthenticationToken.class);
		assertThat(kept.getPrincipal()).isInstanceOf(User.class);
		assertThat(kept.getName()).isEqualTo(email);
		assertThat(kept.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_STAFF", "FACTOR_AUTHORIZATION_CODE")
			.doesNotContain("FACTOR_PASSWORD", "FACTOR_DIRECTORY_MFA");
	}

	@Test
	void anAdminWhomTheDirectoryCheckedWithASecondFactorNeedsNoCode() throws Exception {
		String email = account("ADMIN", true);
		person(email, Map.of("groups", ADMIN_GROUP, "amr", List.of("pwd", "mfa")));
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page landed = signInThroughTheDirectory(browser, email);
		assertThat(browser.follow(landed).status()).isEqualTo(200);
		assertThat(browser.get(PORTAL + "/admin/staff").status()).isEqualTo(200);
		assertThat(browser.get(PORTAL + "/admin/staff/directory").status()).isEqualTo(200);
	}

	@Test
	void anAdminWithoutASecondFactorFromTheDirectoryGivesThePortalsCode() throws Exception {
		String email = "jefa+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		String secret = EnrolledStaff.admin(this.context, email, "clave-local-larga-2026");
		person(email, Map.of("groups", ADMIN_GROUP, "amr", List.of("pwd")));
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page landed = signInThroughTheDirectory(browser, email);
		CookieBrowser.Page admin = browser.follow(landed);
		assertThat(admin.location()).isEqualTo(PORTAL + "/login/code");
		assertThat(browser.get(PORTAL + "/admin/staff").location()).isEqualTo(PORTAL + "/login/code");

		CookieBrowser.Page codePage = browser.get(PORTAL + "/login/code");
		assertThat(codePage.status()).isEqualTo(200);
		CookieBrowser.Page accepted = browser.post(PORTAL + "/login/code",
				Map.of("code", Totp.code(secret, 1), "_csrf", codePage.csrfToken().orElseThrow()));
		assertThat(accepted.location()).startsWith(PORTAL + "/admin");
		assertThat(browser.get(PORTAL + "/admin/staff").status()).isEqualTo(200);
		assertThat(audited(email, "staff.signed-in")).as("once the code is accepted").isEqualTo(1);
	}

	@Test
	void anAdminWithoutAnAppAndWithoutASecondFactorIsSentToEnrolOne() throws Exception {
		String email = account("ADMIN", true);
		person(email, Map.of("groups", ADMIN_GROUP));
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page landed = signInThroughTheDirectory(browser, email);
		assertThat(browser.follow(landed).location()).isEqualTo(PORTAL + "/admin/account/security");
		assertThat(browser.get(PORTAL + "/admin/staff").location()).isEqualTo(PORTAL + "/admin/account/security");
		assertThat(browser.get(PORTAL + "/admin/account/security").status()).isEqualTo(200);
	}

	@Test
	void theDirectorysRoleReplacesTheStoredOne() throws Exception {
		String email = account("STAFF", true);
		person(email, Map.of("groups", ADMIN_GROUP, "amr", List.of("hwk")));
		CookieBrowser browser = new CookieBrowser();
		browser.follow(signInThroughTheDirectory(browser, email));
		assertThat(browser.get(PORTAL + "/admin/staff").status()).isEqualTo(200);
		assertThat(role(email)).isEqualTo("ADMIN");
		assertThat(audited(email, "staff.directory.role-changed")).isEqualTo(1);
	}

	@Test
	void refusesSomeoneWhoseGroupsGiveNoPortalRole() throws Exception {
		String email = account("STAFF", true);
		person(email, Map.of("groups", List.of("biblioteca")));
		assertRefused(email, "portal_no_role", "no le da un rol en el portal");
	}

	@Test
	void refusesAnEmailTheDirectoryDidNotVerify() throws Exception {
		String email = account("STAFF", true);
		PROVIDER.addPerson(email, PASSWORD, false, Map.of("groups", STAFF_GROUP));
		assertRefused(email, "portal_email_not_verified", "no confirmó su correo");
	}

	@Test
	void refusesADeactivatedAccount() throws Exception {
		String email = account("STAFF", false);
		person(email, Map.of("groups", STAFF_GROUP));
		assertRefused(email, "portal_deactivated", "está desactivada");
	}

	@Test
	void createsAnAccountAtTheFirstSignInOnlyForAnAllowedDomain() throws Exception {
		String domain = "sede-" + UUID.randomUUID().toString().substring(0, 6) + ".gov.co";
		String email = "nuevo@" + domain;
		person(email, Map.of("groups", STAFF_GROUP, "name", "Persona Nueva"));
		assertRefused(email, "portal_domain_not_allowed", "no reciben una cuenta automáticamente");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_account WHERE email = ?", Integer.class, email))
			.isZero();

		AllowedDomains current = this.directory.allowedDomains();
		List<String> domains = new java.util.ArrayList<>(current.domains());
		domains.add(domain);
		this.directory.allowDomains(domains, current.version(), "jefa@mineducacion.gov.co");
		CookieBrowser browser = new CookieBrowser();
		assertThat(browser.follow(signInThroughTheDirectory(browser, email)).status()).isEqualTo(200);
		Map<String, Object> created = this.jdbc
			.queryForMap("SELECT display_name, role, password_hash, active FROM staff_account WHERE email = ?", email);
		assertThat(created).containsEntry("display_name", "Persona Nueva")
			.containsEntry("role", "STAFF")
			.containsEntry("active", true);
		assertThat(created.get("password_hash")).as("no password: the directory signs them in").isNull();
		assertThat(audited(email, "staff.directory.account-created")).isEqualTo(1);
	}

	@Test
	void signingOutEndsThePortalsSessionAndTheProviders() throws Exception {
		String email = account("STAFF", true);
		person(email, Map.of("groups", STAFF_GROUP));
		CookieBrowser browser = new CookieBrowser();
		browser.follow(signInThroughTheDirectory(browser, email));
		CookieBrowser.Page admin = browser.get(PORTAL + "/admin");
		CookieBrowser.Page signedOut = browser.post(PORTAL + "/logout",
				Map.of("_csrf", admin.csrfToken().orElseThrow()));
		assertThat(signedOut.location()).startsWith(PROVIDER.issuer() + "/connect/logout?id_token_hint=")
			.contains("post_logout_redirect_uri=" + java.net.URLEncoder.encode(PORTAL + "/login?signedOut", "UTF-8"));
		CookieBrowser.Page back = browser.follow(signedOut);
		assertThat(back.location()).isEqualTo(PORTAL + "/login?signedOut");
		assertThat(browser.get(PORTAL + "/admin").location()).as("the portal's session ended")
			.isEqualTo(PORTAL + "/login");
		CookieBrowser.Page again = browser.follow(browser.get(PORTAL + "/oauth2/authorization/" + REGISTRATION));
		assertThat(again.location()).as("the provider's session ended too: it asks for the password")
			.isEqualTo(PROVIDER.issuer() + "/login");
		assertThat(audited(email, "staff.signed-out")).isEqualTo(1);
	}

	@Test
	void refusesAnIdTokenSignedWithAKeyTheProviderDoesNotPublish() throws Exception {
		String email = account("ADMIN", true);
		person(email, Map.of("groups", ADMIN_GROUP, "amr", List.of("mfa")));
		PROVIDER.forgeIdTokensOf(email);
		long failuresBefore = this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'staff.directory.sign-in-failed' AND details = 'invalid_id_token'",
				Long.class);
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page refused = signInThroughTheDirectory(browser, email);
		assertThat(refused.location()).isEqualTo(PORTAL + "/login?directory=failed");
		assertThat(browser.follow(refused).body()).contains("No pudimos iniciar la sesión con el directorio");
		assertThat(browser.get(PORTAL + "/admin").location()).isEqualTo(PORTAL + "/login");
		assertThat(audited(email, "staff.directory.signed-in")).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'staff.directory.sign-in-failed' AND details = 'invalid_id_token'",
				Long.class))
			.isEqualTo(failuresBefore + 1);
	}

	@Test
	void inChromiumTheDirectoryPagesAreAccessibleInBothLanguagesAndSignOutReachesTheProvider(Browser browser) {
		String email = account("ADMIN", true);
		person(email, Map.of("groups", ADMIN_GROUP, "amr", List.of("pwd", "mfa")));
		for (String language : List.of("es", "en")) {
			com.microsoft.playwright.Page page = browser.newPage(language);
			page.navigate(PORTAL + "/login");
			Locator button = page.locator("a[href='/oauth2/authorization/" + REGISTRATION + "']");
			assertThat(button).isVisible();
			Browser.assertAccessible(page);
			Browser.screenshot(page, "staff-sign-in-directory-" + language);

			button.click();
			page.locator("#username").fill(email);
			page.locator("#password").fill(PASSWORD);
			page.locator("button[type=submit]").click();
			assertThat(page).hasURL(PORTAL + "/admin");
			page.navigate(PORTAL + "/admin/staff/directory");
			assertThat(page.locator("textarea#domains")).isVisible();
			Browser.assertAccessible(page);
			Browser.screenshot(page, "admin-directory-" + language);

			page.locator("form[action='/logout'] button").click();
			assertThat(page).hasURL(PORTAL + "/login?signedOut");
			page.context().close();
		}
	}

	/**
	 * The whole authorization-code flow: the portal's button, the provider's login form,
	 * and the code back to the portal. Returns the portal's answer to the code.
	 */
	private CookieBrowser.Page signInThroughTheDirectory(CookieBrowser browser, String email) throws Exception {
		CookieBrowser.Page toProvider = browser.get(PORTAL + "/oauth2/authorization/" + REGISTRATION);
		assertThat(toProvider.location()).startsWith(PROVIDER.issuer() + "/oauth2/authorize?");
		CookieBrowser.Page toLogin = browser.follow(toProvider);
		CookieBrowser.Page login = browser.follow(toLogin);
		assertThat(login.status()).isEqualTo(200);
		CookieBrowser.Page signedIn = browser.post(PROVIDER.issuer() + "/login",
				Map.of("username", email, "password", PASSWORD, "_csrf", login.csrfToken().orElseThrow()));
		CookieBrowser.Page withCode = browser.follow(signedIn);
		assertThat(withCode.location()).startsWith(PORTAL + "/login/oauth2/code/" + REGISTRATION + "?code=");
		return browser.follow(withCode);
	}

	private void assertRefused(String email, String code, String message) throws Exception {
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page refused = signInThroughTheDirectory(browser, email);
		assertThat(refused.location()).isEqualTo(PORTAL + "/login?directory=" + code);
		assertThat(browser.follow(refused).body()).contains(message);
		assertThat(browser.get(PORTAL + "/admin").location()).isEqualTo(PORTAL + "/login");
		assertThat(audited(email, "staff.directory.refused")).isEqualTo(1);
	}

	/**
	 * The sign-in as Spring Session stored it in PostgreSQL, read back as another
	 * instance would.
	 */
	private Authentication signInKeptInTheSession(String email) throws Exception {
		byte[] bytes = this.jdbc.queryForObject(
				"SELECT a.attribute_bytes FROM spring_session_attributes a "
						+ "JOIN spring_session s ON s.primary_id = a.session_primary_id "
						+ "WHERE s.principal_name = ? AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'",
				byte[].class, email);
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return ((SecurityContext) in.readObject()).getAuthentication();
		}
	}

	private String account(String role, boolean active) {
		String email = "persona+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("INSERT INTO staff_account (email, display_name, role, active, created_at) "
				+ "VALUES (?, 'Persona del directorio', ?, ?, now())", email, role, active);
		return email;
	}

	private static void person(String email, Map<String, Object> claims) {
		PROVIDER.addPerson(email, PASSWORD, true, claims);
	}

	private String role(String email) {
		return this.jdbc.queryForObject("SELECT role FROM staff_account WHERE email = ?", String.class, email);
	}

	private int audited(String actor, String action) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = ?",
				Integer.class, actor, action);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
