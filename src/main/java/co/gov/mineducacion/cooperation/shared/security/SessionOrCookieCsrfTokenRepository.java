package co.gov.mineducacion.cooperation.shared.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens that cost a visitor without a session no session row. Whoever has a session
 * (staff, always: signing in creates one) keeps the token in it, as Spring Security does
 * by default. A visitor without one, reading a public form, gets the token in an
 * HttpOnly, SameSite cookie instead ({@code __Host-} prefixed over https, so a sibling
 * host cannot plant one), signed by the portal with {@link TokenSigner} and expiring: the
 * form must send back the same token (masked per page by Spring Security's default
 * handler), which another site can neither read nor forge. A page that renders no form
 * touches neither store.
 */
class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	/** The cookie's name over plain http (development, tests). */
	static final String COOKIE = "portal-csrf";

	/** The cookie, {@code __Host-} prefixed over https. */
	static final VisitorCookie TOKEN_COOKIE = new VisitorCookie(COOKIE);

	static final String PURPOSE = "csrf";

	/** As long as a visitor may reasonably take to fill the offer form. */
	static final Duration VALIDITY = Duration.ofHours(12);

	/**
	 * Set on a request whose token was read or made: its page carries the visitor's
	 * token.
	 */
	static final String TOKEN_USED = SessionOrCookieCsrfTokenRepository.class.getName() + ".used";

	static final String HEADER = "X-CSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final TokenSigner signer;

	SessionOrCookieCsrfTokenRepository(TokenSigner signer) {
		this.signer = signer;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		request.setAttribute(TOKEN_USED, Boolean.TRUE);
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		return new DefaultCsrfToken(HEADER, PARAMETER, this.signer.sign(PURPOSE, value, VALIDITY));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (token == null) {
			if (session != null) {
				this.sessions.saveToken(null, request, response);
			}
			if (TOKEN_COOKIE.find(request) != null) {
				TOKEN_COOKIE.clear(request, response);
			}
			return;
		}
		if (session != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			TOKEN_COOKIE.write(request, response, token.getToken(), null);
		}
	}

	/**
	 * The session's token when the session holds one, else the cookie's when the portal
	 * signed it and it has not expired (a page rendered before the visitor's session
	 * began may still be posted).
	 */
	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		request.setAttribute(TOKEN_USED, Boolean.TRUE);
		if (request.getSession(false) != null) {
			CsrfToken inSession = this.sessions.loadToken(request);
			if (inSession != null) {
				return inSession;
			}
		}
		Cookie cookie = TOKEN_COOKIE.find(request);
		if (cookie == null || this.signer.verify(PURPOSE, cookie.getValue()).isEmpty()) {
			return null;
		}
		return new DefaultCsrfToken(HEADER, PARAMETER, cookie.getValue());
	}

}
