package co.gov.mineducacion.cooperation.shared.web;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Spanish or English only: from the language cookie when set, otherwise from
 * {@code Accept-Language}, otherwise Spanish. A request for any other language keeps the
 * current one.
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

}
