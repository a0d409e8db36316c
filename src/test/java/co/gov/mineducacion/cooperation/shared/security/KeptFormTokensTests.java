package co.gov.mineducacion.cooperation.shared.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The offer form and the status look-up are kept by the page cache like any public page,
 * but no two visitors get the same tokens: each is given a CSRF token of their own (and
 * its signed cookie when they have none) and a new form token, and the token a kept page
 * shows is accepted with that visitor's cookie only.
 */
@PortalTest
class KeptFormTokensTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CacheManager caches;

	@BeforeEach
	void asAVisitor() {
		TestSecurityContextHolder.clearContext();
		PortalCsrfTokens.restore(this.context);
		Caches.clearAll(this.caches);
	}

	@AfterEach
	void empty() {
		Caches.clearAll(this.caches);
	}

	@Test
	void eachVisitorOfAKeptOfferFormGetsTokensAndACookieOfTheirOwn() throws Exception {
		MvcResult first = this.mvc.perform(get("/offers/new")).andReturn();
		MvcResult second = this.mvc.perform(get("/offers/new")).andReturn();
		MvcResult third = this.mvc.perform(get("/offers/new")).andReturn();

		assertThat(first.getHandler()).as("rendered").isNotNull();
		assertThat(second.getHandler()).as("kept").isNull();
		assertThat(third.getHandler()).as("kept").isNull();
		MockHttpServletResponse[] pages = { first.getResponse(), second.getResponse(), third.getResponse() };
		assertThat(pages).extracting((page) -> found(CSRF_FIELD, page)).doesNotHaveDuplicates();
		assertThat(pages).extracting((page) -> found(FORM_TOKEN, page))
			.doesNotHaveDuplicates()
			.allSatisfy((token) -> assertThat(token).matches("[0-9a-f-]{36}"));
		assertThat(pages).extracting((page) -> tokenCookie(page).getValue()).doesNotHaveDuplicates();
		for (MockHttpServletResponse page : pages) {
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
			assertThat(tokenCookie(page).isHttpOnly()).isTrue();
			assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
			assertThat(withoutTokens(page)).isEqualTo(withoutTokens(pages[0]));
		}
		assertThat(second.getResponse().getHeader(HttpHeaders.ETAG)).as("no two visitors get the same bytes").isNull();
		assertThat(second.getResponse().getContentLength())
			.isEqualTo(second.getResponse().getContentAsByteArray().length);
	}

	@Test
	void aKeptFormIsSentCompressedToBrowsersThatAcceptGzipWithTheirOwnTokens() throws Exception {
		String plain = this.mvc.perform(get("/offers/new")).andReturn().getResponse().getContentAsString();
		MockHttpServletResponse gzipped = this.mvc
			.perform(get("/offers/new").header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
			.andReturn()
			.getResponse();

		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		byte[] compressed = gzipped.getContentAsByteArray();
		assertThat(gzipped.getContentLength()).isEqualTo(compressed.length);
		String page = new String(new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes(),
				StandardCharsets.UTF_8);
		Matcher csrf = CSRF_FIELD.matcher(page);
		assertThat(csrf.find()).isTrue();
		assertThat(lookUp(tokenCookie(gzipped), csrf.group(1))).as("its token, inflated").isNotIn(403);
		assertThat(compressed.length).isLessThan(plain.length() / 4);
		assertThat(page.replace(csrf.group(1), "CSRF").replaceAll("name=\"formToken\" value=\"[^\"]+\"", "FORM"))
			.isEqualTo(plain.replace(found(CSRF_FIELD, plainPage(plain)), "CSRF")
				.replaceAll("name=\"formToken\" value=\"[^\"]+\"", "FORM"));
	}

	@Test
	void theTokenOfAKeptFormIsAcceptedWithItsVisitorsCookieOnly() throws Exception {
		this.mvc.perform(get("/offers/status"));
		MockHttpServletResponse mine = this.mvc.perform(get("/offers/status")).andReturn().getResponse();
		MockHttpServletResponse someoneElses = this.mvc.perform(get("/offers/status")).andReturn().getResponse();
		Cookie myCookie = tokenCookie(mine);

		assertThat(lookUp(myCookie, found(CSRF_FIELD, someoneElses))).as("another visitor's token").isEqualTo(403);
		assertThat(lookUp(tokenCookie(someoneElses), found(CSRF_FIELD, mine))).as("with another visitor's cookie")
			.isEqualTo(403);
		assertThat(lookUp(myCookie, found(CSRF_FIELD, mine))).as("its own token").isNotIn(403).isLessThan(500);
	}

	@Test
	void aVisitorWhoHasACookieKeepsItAndIsGivenATokenForIt() throws Exception {
		Cookie cookie = tokenCookie(this.mvc.perform(get("/offers/status")).andReturn().getResponse());
		MvcResult again = this.mvc.perform(get("/offers/status").cookie(cookie)).andReturn();

		assertThat(again.getHandler()).as("kept").isNull();
		assertThat(again.getResponse().getCookie(SessionOrCookieCsrfTokenRepository.COOKIE)).as("no new cookie")
			.isNull();
		assertThat(lookUp(cookie, found(CSRF_FIELD, again.getResponse()))).isNotIn(403).isLessThan(500);
	}

	@Test
	void keepsEachLanguageAndPreselectionApart() throws Exception {
		for (String path : new String[] { "/offers/new?lang=en", "/offers/new?project=SUP-PER-03&action=A05" }) {
			this.mvc.perform(get(path));
		}
		MvcResult english = this.mvc.perform(get("/offers/new?lang=en")).andReturn();
		MvcResult preselected = this.mvc.perform(get("/offers/new?action=A05&project=SUP-PER-03")).andReturn();

		assertThat(english.getHandler()).isNull();
		assertThat(english.getResponse().getContentAsString()).contains("<html lang=\"en\"");
		assertThat(english.getResponse().getCookie("portal-lang").getValue()).isEqualTo("en");
		assertThat(preselected.getHandler()).isNull();
		assertThat(preselected.getResponse().getContentAsString())
			.containsPattern("value=\"SUP-PER-03\" id=\"strategicProjects\\d+\" name=\"strategicProjects\" checked");
	}

	private static MockHttpServletResponse plainPage(String content) throws Exception {
		MockHttpServletResponse page = new MockHttpServletResponse();
		page.setCharacterEncoding("UTF-8");
		page.getWriter().write(content);
		return page;
	}

	private int lookUp(Cookie cookie, String token) throws Exception {
		MockHttpServletRequestBuilder request = post("/offers/status").param("trackingCode", "CO-2026-000001")
			.param("email", "a@b.co")
			.param("_csrf", token)
			.cookie(cookie);
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static Cookie tokenCookie(MockHttpServletResponse page) {
		Cookie cookie = page.getCookie(SessionOrCookieCsrfTokenRepository.COOKIE);
		assertThat(cookie).as("the visitor's token cookie").isNotNull();
		return cookie;
	}

	private static String found(Pattern pattern, MockHttpServletResponse page) {
		try {
			Matcher field = pattern.matcher(page.getContentAsString());
			assertThat(field.find()).as(pattern.pattern()).isTrue();
			return field.group(1);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String withoutTokens(MockHttpServletResponse page) throws Exception {
		return page.getContentAsString()
			.replace(found(CSRF_FIELD, page), "CSRF")
			.replace(page.getContentAsString().contains("formToken") ? found(FORM_TOKEN, page) : "\0", "FORM");
	}

}
