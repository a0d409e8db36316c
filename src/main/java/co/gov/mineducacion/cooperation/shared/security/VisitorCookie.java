package co.gov.mineducacion.cooperation.shared.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * A cookie the portal gives a visitor without a session in place of a session attribute:
 * HttpOnly, {@code SameSite=Lax}, for the whole site, and over https named with the
 * {@code __Host-} prefix (so Secure, without a domain: a sibling host cannot plant one).
 *
 * @param name the cookie's name over plain http (development, tests)
 */
public record VisitorCookie(String name) {

	/** The prefix a browser accepts only from this host, over https. */
	private static final String HOST_PREFIX = "__Host-";

	/** The name over https. */
	public String secureName() {
		return HOST_PREFIX + this.name;
	}

	/** The name this request uses: over https, {@link #secureName()}. */
	public String nameFor(HttpServletRequest request) {
		return request.isSecure() ? secureName() : this.name;
	}

	/** The cookie as the request brings it, or {@code null} when it brings none. */
	public Cookie find(HttpServletRequest request) {
		return WebUtils.getCookie(request, nameFor(request));
	}

	/** Whether {@code cookieName} is this cookie, under either name. */
	public boolean isNamed(String cookieName) {
		return this.name.equalsIgnoreCase(cookieName) || secureName().equalsIgnoreCase(cookieName);
	}

	/**
	 * Sets the cookie to {@code value} for {@code maxAge} ({@code null}: until the
	 * browser closes; zero: removes it).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(nameFor(request), value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax");
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	/** Removes the cookie from the browser. */
	public void clear(HttpServletRequest request, HttpServletResponse response) {
		write(request, response, "", Duration.ZERO);
	}

}
