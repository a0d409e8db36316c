package co.gov.mineducacion.cooperation.shared.web;

import co.gov.mineducacion.cooperation.shared.security.PortalCsrfTokens;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Anonymous public pages revalidate ({@code no-cache} with an ETag, 304 while unchanged)
 * so that the back/forward cache works; a page that carries the visitor's CSRF token or
 * sets a cookie is for that browser alone ({@code private}); staff pages, a signed-in
 * visitor's pages and anything personal stay {@code no-store}.
 */
@PortalTest
class RevalidatedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CacheManager caches;

	/**
	 * Every request here is a visitor's without a sign-in unless it says otherwise, with
	 * the portal's CSRF tokens (an earlier test of the shared context may have swapped
	 * them for Spring Security's test ones), and no page kept yet: a signed-in request
	 * made with MockMvc carries no session cookie, so a page an earlier test kept would
	 * be replayed to it (real staff always have a session, which the page cache never
	 * serves).
	 */
	@BeforeEach
	void asAVisitor() {
		TestSecurityContextHolder.clearContext();
		PortalCsrfTokens.restore(this.context);
		Caches.clearAll(this.caches);
	}

	@Test
	void anonymousPublicPagesRevalidateWithAnETag() throws Exception {
		for (String page : new String[] { "/", "/activities", "/territory", "/open-data", "/statistics", "/privacy",
				"/site-map", "/terms", "/personal-data-policy", "/copyright", "/accessibility", "/search",
				"/strategic-projects", "/contact" }) {
			MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(page).isEqualTo("no-cache");
			String etag = response.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(page).startsWith("W/\"");
			assertThat(this.mvc.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse()
				.getStatus()).as(page + " revalidated").isEqualTo(304);
		}
	}

	@Test
	void pagesWithTheVisitorsTokenOrCookieStayInTheirBrowser() throws Exception {
		for (String page : new String[] { "/offers/new", "/offers/status", "/strategic-projects?lang=en",
				"/activities?lang=en" }) {
			MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(page).isEqualTo("private, no-cache");
		}
	}

	@Test
	void staffPersonalAndSignedInPagesAreNeverStored() throws Exception {
		assertThat(cacheControlOf(this.mvc.perform(get("/offers/status/no-es-un-token")).andReturn().getResponse()))
			.as("an offer's status page")
			.contains("no-store");
		assertThat(cacheControlOf(this.mvc.perform(get("/login")).andReturn().getResponse())).as("sign-in")
			.contains("no-store");
		assertThat(cacheControlOf(this.mvc.perform(get("/admin").with(SignedIn.staff("analista@mineducacion.gov.co")))
			.andReturn()
			.getResponse())).as("the office").contains("no-store");
		for (String page : new String[] { "/activities", "/strategic-projects", "/offers/new" }) {
			assertThat(cacheControlOf(this.mvc.perform(get(page).with(SignedIn.staff("analista@mineducacion.gov.co")))
				.andReturn()
				.getResponse())).as(page + " signed in").contains("no-store");
			assertThat(cacheControlOf(
					this.mvc.perform(get(page).cookie(new Cookie("SESSION", "abc"))).andReturn().getResponse()))
				.as(page + " with a session")
				.contains("no-store");
		}
	}

	private static String cacheControlOf(MockHttpServletResponse response) {
		return String.valueOf(response.getHeader(HttpHeaders.CACHE_CONTROL));
	}

}
