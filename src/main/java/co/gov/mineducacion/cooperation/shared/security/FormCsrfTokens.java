package co.gov.mineducacion.cooperation.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

/**
 * The CSRF tokens that forms show: the portal's repository
 * ({@link SessionOrCookieCsrfTokenRepository}) and Spring Security's default handler,
 * which masks the token anew for each page. The security filter chain uses both; the page
 * cache uses them too, to give a kept form to a visitor with that visitor's own token,
 * made exactly as Spring Security's CSRF filter makes it (read from the signed cookie, or
 * made and set in it).
 */
@Component
public class FormCsrfTokens {

	private final CsrfTokenRepository repository;

	private final CsrfTokenRequestHandler handler = new XorCsrfTokenRequestAttributeHandler();

	FormCsrfTokens(TokenSigner signer) {
		this.repository = new SessionOrCookieCsrfTokenRepository(signer);
	}

	CsrfTokenRepository repository() {
		return this.repository;
	}

	CsrfTokenRequestHandler handler() {
		return this.handler;
	}

	/**
	 * The masked token the page rendered for this request shows, or {@code null} when it
	 * shows none (the page read no token).
	 */
	public static String shownOn(HttpServletRequest request) {
		if (!SecurityConfiguration.carriesCsrfToken(request)
				|| !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
			return null;
		}
		return token.getToken();
	}

	/**
	 * A masked token for a page sent to this visitor without going through the security
	 * filter chain: the visitor's own token, made and set in the cookie when the visitor
	 * has none yet.
	 */
	public String forPage(HttpServletRequest request, HttpServletResponse response) {
		DeferredCsrfToken token = this.repository.loadDeferredToken(request, response);
		this.handler.handle(request, response, token::get);
		return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
	}

	/** The parameter a form sends its CSRF token in. */
	public static final String PARAMETER = SessionOrCookieCsrfTokenRepository.PARAMETER;

	/**
	 * A token holding the value a form sent, under the names the portal's forms use (for
	 * a page that shows the form again without reading the token's store).
	 */
	public static CsrfToken sent(String value) {
		return new DefaultCsrfToken(SessionOrCookieCsrfTokenRepository.HEADER, PARAMETER, value);
	}

	/**
	 * Whether a {@code Set-Cookie} value sets the token's cookie, which belongs to one
	 * visitor and is never sent to another.
	 */
	public static boolean setsTokenCookie(String setCookie) {
		return SessionOrCookieCsrfTokenRepository.TOKEN_COOKIE
			.isNamed(setCookie.substring(0, Math.max(setCookie.indexOf('='), 0)).strip());
	}

}
