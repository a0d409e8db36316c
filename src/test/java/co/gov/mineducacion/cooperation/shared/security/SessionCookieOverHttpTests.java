package co.gov.mineducacion.cooperation.shared.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.PortalServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser receives it from the real server: HttpOnly and
 * SameSite=Lax always; Secure, with HSTS, when a TLS-terminating proxy on a private
 * address says the visitor came over https ({@code server.forward-headers-strategy}).
 */
@PortalServer
class SessionCookieOverHttpTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws Exception {
		HttpResponse<Void> response = signInPage(false);
		String cookie = sessionCookie(response.headers().allValues("Set-Cookie"));
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
		HttpResponse<Void> response = signInPage(true);
		String cookie = sessionCookie(response.headers().allValues("Set-Cookie"));
		assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
	}

	/**
	 * A failed sign-in: the first request that makes a session (reading the sign-in page
	 * makes none; its CSRF token comes in a cookie, checked here with the same flags).
	 */
	private HttpResponse<Void> signInPage(boolean viaTlsProxy) throws Exception {
		HttpResponse<String> page = this.http.send(request("/login", viaTlsProxy).build(),
				HttpResponse.BodyHandlers.ofString());
		String csrfCookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(viaTlsProxy ? "__Host-portal-csrf=" : "portal-csrf="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no CSRF cookie in " + page.headers().allValues("Set-Cookie")));
		assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
		assertThat(csrfCookie.contains("Secure")).isEqualTo(viaTlsProxy);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "username=nadie%40mineducacion.gov.co&password=equivocada&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		return this.http.send(request("/login", viaTlsProxy).header("Cookie", csrfCookie.split(";", 2)[0])
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private HttpRequest.Builder request(String path, boolean viaTlsProxy) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (viaTlsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.20");
		}
		return request;
	}

	private static String sessionCookie(List<String> cookies) {
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + cookies));
	}

}
