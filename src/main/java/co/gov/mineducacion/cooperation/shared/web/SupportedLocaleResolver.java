package co.gov.mineducacion.cooperation.shared.web;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Spanish or English only: from the language cookie when set, otherwise from
 * {@code Accept-Language}, otherwise Spanish. A request for any other language keeps the
 * current one. The cookie has the session cookie's attributes: HttpOnly, SameSite=Lax,
 * and Secure when the visitor came over https.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE = "portal-lang";

	SupportedLocaleResolver() {
		super(COOKIE);
		setCookieMaxAge(java.time.Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
		setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Languages.closestTo(super.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null
				|| Languages.SUPPORTED.stream().anyMatch((l) -> l.getLanguage().equals(locale.getLanguage()))) {
			super.setLocale(request, response, (locale != null) ? Languages.closestTo(locale) : null);
		}
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		super.setLocaleContext(request, request.isSecure() ? new SecureCookies(response) : response, localeContext);
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Languages.SPANISH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
			return (match != null) ? match : Languages.SPANISH;
		}
		catch (IllegalArgumentException ex) {
			return Languages.SPANISH;
		}
	}

	/**
	 * Marks the cookies written through it Secure, as Spring Session does for its own
	 * over https; the resolver's cookie attributes are fixed at start-up.
	 */
	private static final class SecureCookies extends HttpServletResponseWrapper {

		SecureCookies(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, secure(name, value));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, secure(name, value));
		}

		@Override
		public void addCookie(Cookie cookie) {
			cookie.setSecure(true);
			super.addCookie(cookie);
		}

		private static String secure(String name, String value) {
			boolean cookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && value != null;
			return (cookie && !value.toLowerCase(Locale.ROOT).contains("; secure")) ? value + "; Secure" : value;
		}

	}

}
