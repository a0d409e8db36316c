package co.gov.mineducacion.cooperation.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page what its layout needs from the request: the path it shows (for the
 * current navigation entry), the link that shows the same page, with the same filters, in
 * the other language, and the display tools (high contrast, text size) with their links
 * and state.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageContextAdvice implements LayoutAttributes {

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		Map<String, Object> attributes = new HashMap<>();
		addTo(attributes, request, locale);
		model.addAllAttributes(attributes);
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request, Locale locale) {
		model.put("currentPath", LayoutAttributes.currentPath(request));
		model.put("languageSwitch", switchOf(request, locale));
		model.put("display", toolsOf(request));
	}

	static LanguageSwitch switchOf(HttpServletRequest request, Locale locale) {
		Locale other = Languages.isEnglish(locale) ? Languages.SPANISH : Languages.ENGLISH;
		return new LanguageSwitch(other.getLanguage(),
				linkTo(request, LanguageConfiguration.LANGUAGE_PARAMETER, other.getLanguage()));
	}

	static DisplayTools toolsOf(HttpServletRequest request) {
		DisplayPreferences preferences = DisplayPreferences.of(request);
		int size = preferences.textSize();
		return new DisplayTools(preferences,
				linkTo(request, DisplayPreferences.CONTRAST_PARAMETER, preferences.highContrast() ? "off" : "on"),
				preferences.canEnlarge()
						? linkTo(request, DisplayPreferences.TEXT_SIZE_PARAMETER, Integer.toString(size + 1)) : null,
				preferences.canReduce()
						? linkTo(request, DisplayPreferences.TEXT_SIZE_PARAMETER, Integer.toString(size - 1)) : null);
	}

	/**
	 * The current page with one of the layout's parameters set, and none of the others
	 * (each is remembered in a cookie once used).
	 */
	private static String linkTo(HttpServletRequest request, String parameter, String value) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		if (errorUri == null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			// A page answering a post (a form shown again with its errors): the link
			// opens the page the form was on, which the browser names in Referer when
			// it is this site.
			URI from = sameSiteReferer(request);
			path = (from != null) ? from.getRawPath() : "/";
			query = (from != null) ? from.getRawQuery() : null;
		}
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam(LanguageConfiguration.LANGUAGE_PARAMETER)
			.replaceQueryParam(DisplayPreferences.CONTRAST_PARAMETER)
			.replaceQueryParam(DisplayPreferences.TEXT_SIZE_PARAMETER)
			.replaceQueryParam(parameter, value)
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

	/**
	 * The display tools: the visitor's preferences, the link that turns high contrast on
	 * or off, and the links to larger and smaller text ({@code null} at either end).
	 */
	record DisplayTools(DisplayPreferences preferences, String contrastHref, String largerHref, String smallerHref) {

		public String htmlClass() {
			String classes = this.preferences.htmlClass();
			return classes.isEmpty() ? null : classes;
		}

	}

}
