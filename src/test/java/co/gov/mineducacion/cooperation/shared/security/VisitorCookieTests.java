package co.gov.mineducacion.cooperation.shared.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorCookieTests {

	private final VisitorCookie cookie = new VisitorCookie("portal-prueba");

	@Test
	void overHttpsOnlyThisHostMaySetItAndOnlyOverHttps() {
		MockHttpServletRequest https = new MockHttpServletRequest();
		https.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.cookie.write(https, response, "valor", Duration.ofMinutes(3));

		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("__Host-portal-prueba=valor")
			.contains("Path=/", "Max-Age=180", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Domain");
		https.setCookies(new Cookie("portal-prueba", "plantada"));
		assertThat(this.cookie.find(https)).as("the plain name is not read over https").isNull();
		https.setCookies(new Cookie("__Host-portal-prueba", "valor"));
		assertThat(this.cookie.find(https).getValue()).isEqualTo("valor");
	}

	@Test
	void overPlainHttpItHasThePlainNameAndClearingExpiresIt() {
		MockHttpServletRequest http = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.cookie.clear(http, response);

		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("portal-prueba=;")
			.contains("Max-Age=0", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
		assertThat(this.cookie.isNamed("PORTAL-PRUEBA")).isTrue();
		assertThat(this.cookie.isNamed("__Host-portal-prueba")).isTrue();
		assertThat(this.cookie.isNamed("portal-prueba2")).isFalse();
	}

}
