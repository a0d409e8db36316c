package co.gov.mineducacion.cooperation.shared.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The token that tells one filled-in form from another, so that a double click files it
 * once: a random UUID, noted on the request, so that a form page the
 * {@link PublicPageCache} keeps is given to every visitor with a token of their own.
 */
public final class FormTokens {

	static final String ATTRIBUTE = FormTokens.class.getName();

	private FormTokens() {
	}

	/**
	 * A new token for the form on the page this request renders.
	 */
	public static String issue(HttpServletRequest request) {
		String token = next();
		request.setAttribute(ATTRIBUTE, token);
		return token;
	}

	static String next() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The token issued for the page this request rendered, or {@code null}.
	 */
	static String issuedFor(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String token) ? token : null;
	}

}
