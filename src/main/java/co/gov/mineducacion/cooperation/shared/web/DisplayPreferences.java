package co.gov.mineducacion.cooperation.shared.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * How a visitor asked to see the portal: high contrast and a text size (0 normal, up to
 * {@link #LARGEST}). Chosen with {@code ?contrast=on|off} and {@code ?text-size=0..2} on
 * any page and remembered in cookies like the language; the layout renders them as
 * classes on {@code <html>} and the stylesheet does the rest.
 *
 * @param highContrast whether the high-contrast colours are on
 * @param textSize 0 for the normal size, 1 and 2 larger
 */
public record DisplayPreferences(boolean highContrast, int textSize) {

	public static final int LARGEST = 2;

	public static final DisplayPreferences NORMAL = new DisplayPreferences(false, 0);

	static final String CONTRAST_PARAMETER = "contrast";

	static final String TEXT_SIZE_PARAMETER = "text-size";

	static final String CONTRAST_COOKIE = "portal-contrast";

	static final String TEXT_SIZE_COOKIE = "portal-text-size";

	private static final String ATTRIBUTE = DisplayPreferences.class.getName();

	public DisplayPreferences {
		textSize = Math.clamp(textSize, 0, LARGEST);
	}

	/**
	 * The visitor's preferences: those chosen in this request, else those remembered.
	 */
	public static DisplayPreferences of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof DisplayPreferences chosen) {
			return chosen;
		}
		return new DisplayPreferences("on".equals(cookie(request, CONTRAST_COOKIE)),
				size(cookie(request, TEXT_SIZE_COOKIE), 0));
	}

	/**
	 * The classes of the page's {@code <html>} element, empty for the normal display.
	 */
	public String htmlClass() {
		String contrast = this.highContrast ? "contrast-high" : "";
		String size = (this.textSize > 0) ? "text-size-" + this.textSize : "";
		return (contrast + " " + size).strip();
	}

	/**
	 * What tells the cached copies of a page apart: empty for the normal display.
	 */
	public String cacheKey() {
		return (this.highContrast ? "contrast" : "") + ((this.textSize > 0) ? "text" + this.textSize : "");
	}

	public boolean canEnlarge() {
		return this.textSize < LARGEST;
	}

	public boolean canReduce() {
		return this.textSize > 0;
	}

	/**
	 * Applies the choices a request makes with its parameters, if any: remembers them in
	 * cookies (with the language cookie's attributes) and for the rest of the request.
	 */
	static void choose(HttpServletRequest request, HttpServletResponse response) {
		String contrast = request.getParameter(CONTRAST_PARAMETER);
		String size = request.getParameter(TEXT_SIZE_PARAMETER);
		if (contrast == null && size == null) {
			return;
		}
		DisplayPreferences current = of(request);
		boolean highContrast = (contrast != null) ? "on".equals(contrast) : current.highContrast;
		DisplayPreferences chosen = new DisplayPreferences(highContrast, size(size, current.textSize));
		request.setAttribute(ATTRIBUTE, chosen);
		remember(response, CONTRAST_COOKIE, chosen.highContrast ? "on" : "off");
		remember(response, TEXT_SIZE_COOKIE, Integer.toString(chosen.textSize));
	}

	private static void remember(HttpServletResponse response, String name, String value) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path("/")
			.maxAge(Duration.ofDays(365))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie cookie = WebUtils.getCookie(request, name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	private static int size(String value, int otherwise) {
		if (value == null || !value.matches("[0-9]")) {
			return otherwise;
		}
		return Math.min(Integer.parseInt(value), LARGEST);
	}

}
