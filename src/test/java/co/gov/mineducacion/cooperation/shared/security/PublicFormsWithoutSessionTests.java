package co.gov.mineducacion.cooperation.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No public GET writes to the database: a crawler walking every public route (the access
 * matrix's list, in both languages) leaves no session row, although the offer and status
 * forms carry CSRF tokens. Those tokens live in a signed cookie, and a post is refused
 * without the token, with another visitor's token, or with a cookie the portal did not
 * sign.
 */
@PortalTest
class PublicFormsWithoutSessionTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	/**
	 * Every request here is a visitor's without a sign-in unless it says otherwise, with
	 * the portal's CSRF tokens (an earlier test of the shared context may have swapped
	 * them for Spring Security's test ones).
	 */
	@BeforeEach
	void asAVisitor() {
		TestSecurityContextHolder.clearContext();
		PortalCsrfTokens.restore(this.context);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCrawlerWalkingEveryPublicPageLeavesNoSessionRow() throws Exception {
		int before = sessionRows();
		List<String> walked = new ArrayList<>();
		for (String route : AccessMatrixTests.publicGetRoutes()) {
			String path = AccessMatrixTests.concrete(route);
			for (String variant : new String[] { path, path + "?lang=en" }) {
				MockHttpServletResponse response = this.mvc.perform(get(variant)).andReturn().getResponse();
				assertThat(response.getStatus()).as(variant).isLessThan(500);
				assertThat(response.getCookie("SESSION")).as("session cookie of " + variant).isNull();
				walked.add(variant);
			}
		}
		assertThat(walked).contains("/offers/new", "/offers/status", "/login");
		assertThat(sessionRows()).as("session rows after walking " + walked).isEqualTo(before);
	}

	@Test
	void theOfferFormCarriesItsTokenInASignedCookieInsteadOfASession() throws Exception {
		MockHttpServletResponse form = this.mvc.perform(get("/offers/new")).andReturn().getResponse();

		Cookie cookie = form.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(form.getHeaders(HttpHeaders.SET_COOKIE))
			.anySatisfy((header) -> assertThat(header).startsWith(SessionOrCookieCsrfTokenRepository.COOKIE + "=")
				.contains("SameSite=Lax"));
		assertThat(tokenIn(form)).isNotBlank();
	}

	@Test
	void aPostIsAcceptedWithItsOwnTokenOnly() throws Exception {
		MockHttpServletResponse mine = this.mvc.perform(get("/offers/status")).andReturn().getResponse();
		MockHttpServletResponse someoneElses = this.mvc.perform(get("/offers/status")).andReturn().getResponse();
		Cookie myCookie = mine.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE);

		assertThat(lookUp(myCookie, null)).as("without a token").isEqualTo(403);
		assertThat(lookUp(myCookie, tokenIn(someoneElses))).as("another visitor's token").isEqualTo(403);
		assertThat(lookUp(null, tokenIn(mine))).as("without the cookie").isEqualTo(403);
		Cookie forged = new Cookie(SessionOrCookieCsrfTokenRepository.COOKIE, "bm8tZmlybWFkbw.bm8tZmlybWFkbw");
		assertThat(lookUp(forged, tokenIn(mine))).as("a cookie the portal did not sign").isEqualTo(403);
		assertThat(lookUp(myCookie, tokenIn(mine))).as("its own token").isNotIn(403).isLessThan(500);
		assertThat(lookUp(myCookie,
				tokenIn(this.mvc.perform(get("/offers/new").cookie(myCookie)).andReturn().getResponse())))
			.as("the token of another form of the same visitor")
			.isNotIn(403)
			.isLessThan(500);
	}

	private int lookUp(Cookie cookie, String token) throws Exception {
		var request = post("/offers/status").param("trackingCode", "CO-2026-000001").param("email", "a@b.co");
		if (cookie != null) {
			request.cookie(cookie);
		}
		if (token != null) {
			request.param("_csrf", token);
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static String tokenIn(MockHttpServletResponse page) throws Exception {
		Matcher field = CSRF_FIELD.matcher(page.getContentAsString());
		assertThat(field.find()).as("a CSRF field on the page").isTrue();
		return field.group(1);
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
	}

}
