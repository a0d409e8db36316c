package co.gov.mineducacion.cooperation.shared.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layouts need on every page, given by the features that own it: the language
 * switch and the display tools here, the navigation in {@code site}. Each bean of this
 * type adds its part to pages rendered by Spring MVC (through a controller advice) and to
 * the pages {@link FilterPages} renders outside it (503, 413), so every page gets the
 * same frame. It must not read the database, the session or the signed-in user.
 */
public interface LayoutAttributes {

	/**
	 * Adds this feature's layout attributes to {@code model}.
	 */
	void addTo(Map<String, Object> model, HttpServletRequest request, Locale locale);

	/**
	 * The path the visitor asked for: on an error page, the path that failed.
	 */
	static String currentPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (errorUri != null) ? errorUri.toString() : request.getRequestURI();
	}

}
