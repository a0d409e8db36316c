package co.gov.mineducacion.cooperation.staff;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.CookieBrowser;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import co.gov.mineducacion.cooperation.test.TestIdentityProvider;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Sign-in through the Ministry's directory against forged answers: a real provider
 * (Spring Authorization Server, which here requires PKCE) that a test makes send ID
 * tokens it would never issue — unsigned, expired, for another client, from another
 * issuer, with another sign-in's {@code nonce} — and an authorization response carried to
 * another browser. Each time the portal signs no one in, shows the sign-in page with its
 * error, leaves the staff account as it was and records the failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestDatabaseConfiguration.class)
class ForgedIdTokenTests {

	private static final String REGISTRATION = "ministerio";

	private static final int PORT = freePort();

	private static final String PORTAL = "http://localhost:" + PORT;

	private static final String PASSWORD = "clave-del-directorio-2026";

	private static final List<String> ADMIN_GROUP = List.of("cooperacion-personal", "cooperacion-administracion");

	private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(PORTAL, REGISTRATION, true);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OAuth2ClientProperties clientProperties;

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
	void asksWithPkceStateAndNonceAndSignsInAtAProviderThatRequiresPkce() throws Exception {
		String email = staffMemberInTheAdminGroup();
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page toProvider = browser.get(PORTAL + "/oauth2/authorization/" + REGISTRATION);
		MultiValueMap<String, String> asked = UriComponentsBuilder.fromUriString(toProvider.location())
			.build()
			.getQueryParams();
		assertThat(asked.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(asked.getFirst("code_challenge")).as("SHA-256 of the verifier, base64url: 43 characters")
			.matches("[A-Za-z0-9_-]{43}");
		assertThat(asked.getFirst("state")).isNotBlank();
		assertThat(asked.getFirst("nonce")).isNotBlank();

		CookieBrowser.Page landed = browser.follow(codeFromProvider(browser, toProvider, email));
		assertThat(landed.location()).as("the provider checked the verifier").isEqualTo(PORTAL + "/admin");
		assertThat(browser.follow(landed).status()).isEqualTo(200);
		assertThat(audited(email, "staff.directory.signed-in")).isEqualTo(1);
	}

	@Test
	void refusesAnUnsignedIdToken() throws Exception {
		String email = staffMemberInTheAdminGroup();
		PROVIDER.sendUnsignedIdTokensOf(email);
		assertRefused(email, "invalid_id_token");
	}

	@Test
	void refusesAnIdTokenPastItsExpiry() throws Exception {
		String email = staffMemberInTheAdminGroup();
		Instant now = Instant.now();
		// Past the two minutes of clock skew Spring Security allows.
		PROVIDER.tamperWithIdTokensOf(email, (claims) -> claims.issuedAt(now.minus(Duration.ofMinutes(20)))
			.expiresAt(now.minus(Duration.ofMinutes(10))));
		assertRefused(email, "invalid_id_token");
	}

	@Test
	void refusesAnIdTokenMeantForAnotherClient() throws Exception {
		String email = staffMemberInTheAdminGroup();
		PROVIDER.tamperWithIdTokensOf(email, (claims) -> claims.audience(List.of("otra-aplicacion")));
		assertRefused(email, "invalid_id_token");
	}

	@Test
	void refusesAnIdTokenFromAnotherIssuer() throws Exception {
		String email = staffMemberInTheAdminGroup();
		PROVIDER.tamperWithIdTokensOf(email, (claims) -> claims.issuer("https://otro-proveedor.example"));
		assertRefused(email, "invalid_id_token");
	}

	@Test
	void refusesAnIdTokenWithAnotherSignInsNonce() throws Exception {
		String email = staffMemberInTheAdminGroup();
		PROVIDER.tamperWithIdTokensOf(email,
				(claims) -> claims.claim("nonce", UUID.randomUUID().toString().replace("-", "")));
		assertRefused(email, "invalid_nonce");
	}

	/**
	 * Login CSRF: someone signs in at the provider as themselves and has another person's
	 * browser, which started its own sign-in, bring back their code and {@code state}.
	 */
	@Test
	void refusesAnAuthorizationResponseWhoseStateBelongsToAnotherBrowser() throws Exception {
		String email = staffMemberInTheAdminGroup();
		CookieBrowser attacker = new CookieBrowser();
		CookieBrowser.Page attackersCode = codeFromProvider(attacker,
				attacker.get(PORTAL + "/oauth2/authorization/" + REGISTRATION), email);

		CookieBrowser victim = new CookieBrowser();
		CookieBrowser.Page victimsRequest = victim.get(PORTAL + "/oauth2/authorization/" + REGISTRATION);
		assertThat(state(victimsRequest.location())).isNotEqualTo(state(attackersCode.location()));
		long failuresBefore = failures("authorization_request_not_found");
		CookieBrowser.Page refused = victim.follow(attackersCode);
		assertRefusal(victim, refused, email);
		assertThat(failures("authorization_request_not_found")).isEqualTo(failuresBefore + 1);
	}

	/**
	 * A server that impersonates the directory by serving its metadata: Spring Boot
	 * builds the portal's registration from {@code issuer-uri} (as at start-up), and
	 * refuses metadata whose {@code issuer} is not the configured one.
	 */
	@Test
	void refusesProviderMetadataThatNamesAnotherIssuer() throws Exception {
		byte[] genuine = new CookieBrowser().get(PROVIDER.issuer() + "/.well-known/openid-configuration")
			.body()
			.getBytes(StandardCharsets.UTF_8);
		HttpServer impostor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		impostor.createContext("/.well-known/openid-configuration", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, genuine.length);
			exchange.getResponseBody().write(genuine);
			exchange.close();
		});
		impostor.start();
		try {
			String impostorIssuer = "http://127.0.0.1:" + impostor.getAddress().getPort();
			assertThat(registrationFrom(PROVIDER.issuer()).getProviderDetails().getIssuerUri())
				.as("the portal's own settings build a registration")
				.isEqualTo(PROVIDER.issuer());
			assertThatIllegalStateException().isThrownBy(() -> registrationFrom(impostorIssuer))
				.withMessageContaining("did not match the requested issuer");
		}
		finally {
			impostor.stop(0);
		}
	}

	private ClientRegistration registrationFrom(String issuerUri) {
		OAuth2ClientProperties properties = new OAuth2ClientProperties();
		properties.getRegistration().put(REGISTRATION, this.clientProperties.getRegistration().get(REGISTRATION));
		OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
		provider.setIssuerUri(issuerUri);
		properties.getProvider().put(REGISTRATION, provider);
		return new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().get(REGISTRATION);
	}

	private void assertRefused(String email, String error) throws Exception {
		long failuresBefore = failures(error);
		CookieBrowser browser = new CookieBrowser();
		CookieBrowser.Page toProvider = browser.get(PORTAL + "/oauth2/authorization/" + REGISTRATION);
		CookieBrowser.Page refused = browser.follow(codeFromProvider(browser, toProvider, email));
		assertRefusal(browser, refused, email);
		assertThat(failures(error)).as("one failure recorded as %s", error).isEqualTo(failuresBefore + 1);
	}

	/**
	 * The sign-in page with its error, no session, and the account as it was: still STAFF
	 * although the directory's groups would have made it ADMIN.
	 */
	private void assertRefusal(CookieBrowser browser, CookieBrowser.Page refused, String email) throws Exception {
		assertThat(refused.location()).isEqualTo(PORTAL + "/login?directory=failed");
		CookieBrowser.Page signInPage = browser.follow(refused);
		assertThat(signInPage.status()).isEqualTo(200);
		assertThat(signInPage.body()).contains("No pudimos iniciar la sesión con el directorio");
		assertThat(browser.get(PORTAL + "/admin").location()).as("not signed in").isEqualTo(PORTAL + "/login");
		assertThat(this.jdbc.queryForMap("SELECT role, active, display_name FROM staff_account WHERE email = ?", email))
			.containsEntry("role", "STAFF")
			.containsEntry("active", true)
			.containsEntry("display_name", "Persona del directorio");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Integer.class, email))
			.as("nothing done in their name")
			.isZero();
	}

	/**
	 * From the portal's redirect to the provider, through its login form, to the
	 * provider's redirect back to the portal with a code (not yet followed).
	 */
	private CookieBrowser.Page codeFromProvider(CookieBrowser browser, CookieBrowser.Page toProvider, String email)
			throws Exception {
		assertThat(toProvider.location()).startsWith(PROVIDER.issuer() + "/oauth2/authorize?");
		CookieBrowser.Page toLogin = browser.follow(toProvider);
		CookieBrowser.Page login = browser.follow(toLogin);
		assertThat(login.status()).isEqualTo(200);
		CookieBrowser.Page signedIn = browser.post(PROVIDER.issuer() + "/login",
				Map.of("username", email, "password", PASSWORD, "_csrf", login.csrfToken().orElseThrow()));
		CookieBrowser.Page withCode = browser.follow(signedIn);
		assertThat(withCode.location()).startsWith(PORTAL + "/login/oauth2/code/" + REGISTRATION + "?code=");
		return withCode;
	}

	/** A STAFF account whose directory groups would make it ADMIN if it were accepted. */
	private String staffMemberInTheAdminGroup() {
		String email = "persona+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("INSERT INTO staff_account (email, display_name, role, active, created_at) "
				+ "VALUES (?, 'Persona del directorio', 'STAFF', true, now())", email);
		PROVIDER.addPerson(email, PASSWORD, true, Map.of("groups", ADMIN_GROUP, "amr", List.of("pwd", "mfa")));
		return email;
	}

	private static String state(String url) {
		return UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams().getFirst("state");
	}

	private long failures(String error) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'staff.directory.sign-in-failed' AND details = ?",
				Long.class, error);
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
