package co.gov.mineducacion.cooperation.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own small
 * application context, on a random port of {@code 127.0.0.1} (another host name than the
 * portal's {@code localhost}, so the two keep their cookies apart as two sites would).
 * People sign in on its own login form; their ID tokens carry the email, whether it is
 * verified, and whatever claims a test gives them (roles, {@code amr}). A test may make
 * it sign someone's ID tokens with a key it does not publish, as a forger would.
 */
public final class TestIdentityProvider implements AutoCloseable {

	/** The portal's client id at this provider. */
	public static final String CLIENT_ID = "portal";

	/** The portal's client secret at this provider. */
	public static final String CLIENT_SECRET = "secreto-de-prueba";

	private final ConfigurableApplicationContext context;

	private TestIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the provider, knowing the portal at {@code portalBase} under the client
	 * registration {@code registrationId}.
	 */
	public static TestIdentityProvider start(String portalBase, String registrationId) {
		return start(portalBase, registrationId, false);
	}

	/**
	 * Starts the provider as {@link #start(String, String)} does; with
	 * {@code requireProofKey} it refuses an authorization request without a PKCE
	 * {@code code_challenge} and a token request without its verifier.
	 */
	public static TestIdentityProvider start(String portalBase, String registrationId, boolean requireProofKey) {
		SpringApplication application = new SpringApplication(ProviderConfiguration.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setBannerMode(Banner.Mode.OFF);
		application.setRegisterShutdownHook(false);
		application.setDefaultProperties(
				Map.of("spring.config.name", "test-identity-provider", "portal.base", portalBase, "portal.registration",
						registrationId, "portal.require-proof-key", String.valueOf(requireProofKey)));
		return new TestIdentityProvider(application.run());
	}

	/** The issuer, as the portal discovers it. */
	public String issuer() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * A person who can sign in with {@code password}, whose ID token says
	 * {@code email_verified} and carries {@code claims} besides.
	 */
	public void addPerson(String email, String password, boolean emailVerified, Map<String, Object> claims) {
		this.context.getBean(InMemoryUserDetailsManager.class)
			.createUser(User.withUsername(email).password("{noop}" + password).roles("USER").build());
		this.context.getBean(People.class).claims.put(email, Map.of("claims", claims, "verified", emailVerified));
	}

	/**
	 * From now on, the ID tokens of {@code email} are signed with a key that the
	 * provider's JWK set does not hold (under the published key's id).
	 */
	public void forgeIdTokensOf(String email) {
		this.context.getBean(People.class).forged.add(email);
	}

	/**
	 * From now on, the ID tokens of {@code email} carry the claims as {@code change}
	 * leaves them, still signed with the published key: a token the provider would not
	 * issue, as a man in the middle or a careless provider would send it.
	 */
	public void tamperWithIdTokensOf(String email, Consumer<JwtClaimsSet.Builder> change) {
		this.context.getBean(People.class).tampered.put(email, change);
	}

	/**
	 * From now on, the ID tokens of {@code email} are unsecured JWTs: header
	 * {@code {"alg":"none"}}, the usual claims, and no signature.
	 */
	public void sendUnsignedIdTokensOf(String email) {
		this.context.getBean(People.class).unsigned.add(email);
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** What the provider knows about each person beyond their password. */
	static final class People {

		final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

		final Set<String> forged = ConcurrentHashMap.newKeySet();

		final Map<String, Consumer<JwtClaimsSet.Builder>> tampered = new ConcurrentHashMap<>();

		final Set<String> unsigned = ConcurrentHashMap.newKeySet();

	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class ProviderConfiguration {

		private final RSAKey published = rsaKey("published");

		private final RSAKey rogue = rsaKey("published");

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(java.net.InetAddress.getLoopbackAddress());
			// No application servlet: the provider is all filters, which Tomcat runs only
			// for requests that some servlet would serve.
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
			http.securityMatcher(server.getEndpointsMatcher())
				.with(server, (as) -> as.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		People people() {
			return new People();
		}

		@Bean
		RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
			String portal = environment.getRequiredProperty("portal.base");
			RegisteredClient client = RegisteredClient.withId(CLIENT_ID)
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(portal + "/login/oauth2/code/" + environment.getRequiredProperty("portal.registration"))
				.postLogoutRedirectUri(portal + "/login?signedOut")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.EMAIL)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder()
					.requireProofKey(environment.getProperty("portal.require-proof-key", Boolean.class, false))
					.build())
				.build();
			return new InMemoryRegisteredClientRepository(client);
		}

		@Bean
		AuthorizationServerSettings authorizationServerSettings() {
			return AuthorizationServerSettings.builder().build();
		}

		@Bean
		JWKSource<SecurityContext> jwkSource() {
			return new ImmutableJWKSet<>(new JWKSet(this.published));
		}

		@Bean
		JwtDecoder jwtDecoder() throws Exception {
			return NimbusJwtDecoder.withPublicKey(this.published.toRSAPublicKey()).build();
		}

		/**
		 * Signs with the published key, except the ID tokens of people whose tokens a
		 * test forges, tampers with or leaves unsigned.
		 */
		@Bean
		JwtEncoder jwtEncoder(People people) {
			JwtEncoder honest = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.published)));
			JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.rogue)));
			return (parameters) -> {
				boolean idToken = parameters.getClaims().hasClaim("nonce")
						|| parameters.getClaims().hasClaim(OidcParameterNames.NONCE);
				String subject = parameters.getClaims().getSubject();
				if (!idToken) {
					return honest.encode(parameters);
				}
				if (people.forged.contains(subject)) {
					return forger.encode(parameters);
				}
				JwtEncoderParameters changed = parameters;
				Consumer<JwtClaimsSet.Builder> change = people.tampered.get(subject);
				if (change != null) {
					JwtClaimsSet.Builder claims = JwtClaimsSet.from(parameters.getClaims());
					change.accept(claims);
					changed = JwtEncoderParameters.from(parameters.getJwsHeader(), claims.build());
				}
				Jwt signed = honest.encode(changed);
				return people.unsigned.contains(subject) ? unsecured(signed) : signed;
			};
		}

		/**
		 * The same claims under the header {@code {"alg":"none"}}, without a signature.
		 */
		private static Jwt unsecured(Jwt signed) {
			String header = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
			String payload = signed.getTokenValue().split("\\.")[1];
			return new Jwt(header + "." + payload + ".", signed.getIssuedAt(), signed.getExpiresAt(),
					Map.of("alg", "none"), signed.getClaims());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
			return (context) -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				String email = context.getPrincipal().getName();
				Map<String, Object> person = people.claims.getOrDefault(email, Map.of());
				context.getClaims().claim("email", email);
				context.getClaims().claim("email_verified", person.getOrDefault("verified", false));
				@SuppressWarnings("unchecked")
				Map<String, Object> claims = (Map<String, Object>) person.getOrDefault("claims", Map.of());
				claims.forEach((name, value) -> context.getClaims().claim(name, value));
			};
		}

		private static RSAKey rsaKey(String keyId) {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				KeyPair pair = generator.generateKeyPair();
				return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
					.keyID(keyId)
					.build();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
