package co.gov.mineducacion.cooperation.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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

	private HttpResponse<Void> signInPage(boolean viaTlsProxy) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"));
		if (viaTlsProxy) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.20");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static String sessionCookie(List<String> cookies) {
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + cookies));
	}

}
