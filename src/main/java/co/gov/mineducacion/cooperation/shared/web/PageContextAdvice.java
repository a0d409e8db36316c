package co.gov.mineducacion.cooperation.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page what its layout needs: the path it shows (for the current navigation
 * entry) and the link that shows the same page, with the same filters, in the other
 * language.
 */
@ControllerAdvice
class PageContextAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return pathOf(request);
	}

	@ModelAttribute("languageSwitch")
	LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
		return switchOf(request, locale);
	}

	static String pathOf(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (errorUri != null) ? errorUri.toString() : request.getRequestURI();
	}

	static LanguageSwitch switchOf(HttpServletRequest request, Locale locale) {
		Locale other = Languages.isEnglish(locale) ? Languages.SPANISH : Languages.ENGLISH;
		return new LanguageSwitch(other.getLanguage(), linkTo(request, other));
	}

	private static String linkTo(HttpServletRequest request, Locale language) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		if (errorUri == null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			// A page answering a post (a form shown again with its errors): the link
			// opens the
			// page the form was on, which the browser names in Referer when it is this
			// site.
			URI from = sameSiteReferer(request);
			path = (from != null) ? from.getRawPath() : "/";
			query = (from != null) ? from.getRawQuery() : null;
		}
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam(LanguageConfiguration.LANGUAGE_PARAMETER, language.getLanguage())
			.build()
			.toUriString();
	}

	private static URI sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
					&& uri.getRawPath().startsWith("/");
			return sameSite ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The other language and the link to the current page in it.
	 */
	record LanguageSwitch(String language, String href) {
	}

}
