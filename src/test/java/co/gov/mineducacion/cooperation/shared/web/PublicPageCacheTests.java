package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visitors without a session get the public pages of reference data as they were first
 * rendered, headers and all, until an ADMIN changes what they show. A page served from
 * the cache never reaches Spring MVC: its result names no handler.
 */
@PortalTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@BeforeEach
	@AfterEach
	void startEmpty() {
		this.jdbc.update("UPDATE strategic_project SET retired = TRUE WHERE code LIKE 'T-PC-%'");
		Caches.clearAll(this.caches);
	}

	@Test
	void rendersAPageOnceAndSendsTheSameBytesAndHeadersAfterwards() throws Exception {
		MvcResult first = this.mvc.perform(get("/strategic-projects")).andExpect(status().isOk()).andReturn();
		MvcResult second = this.mvc.perform(get("/strategic-projects")).andExpect(status().isOk()).andReturn();

		assertThat(first.getHandler()).as("rendered by Spring MVC").isNotNull();
		assertThat(second.getHandler()).as("sent from the cache").isNull();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		for (String name : new String[] { HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ETAG,
				HttpHeaders.CACHE_CONTROL, "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
				"Permissions-Policy", "X-Frame-Options" }) {
			assertThat(second.getResponse().getHeader(name)).as(name).isEqualTo(first.getResponse().getHeader(name));
		}
		assertThat(second.getResponse().getHeader("Content-Security-Policy")).contains("script-src");
		assertThat(String.join(",", second.getResponse().getHeaders(HttpHeaders.VARY)))
			.as("a shared cache must keep each language and preference apart")
			.contains("Accept-Language", "Cookie", HttpHeaders.ACCEPT_ENCODING);
		assertThat(second.getResponse().getCookies()).isEmpty();
	}

	@Test
	void keepsEachLanguageApartAndAnswersARevalidationWithNotModified() throws Exception {
		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "es")).andExpect(status().isOk());
		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().isOk());

		this.mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
		this.mvc.perform(get("/").cookie(new Cookie("portal-lang", "es")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "es"))
			.andExpect(content().string(containsString("<html lang=\"es\"")));

		String etag = this.mvc.perform(get("/contact")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		MvcResult revalidated = this.mvc.perform(get("/contact").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(revalidated.getHandler()).isNull();
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void keepsEachDisplayPreferenceApart() throws Exception {
		this.mvc.perform(get("/how-to-cooperate")).andExpect(status().isOk());
		MvcResult contrast = this.mvc
			.perform(get("/how-to-cooperate").cookie(new Cookie(DisplayPreferences.CONTRAST_COOKIE, "on")))
			.andExpect(content().string(containsString("class=\"contrast-high\"")))
			.andReturn();
		assertThat(contrast.getHandler()).as("rendered, not the normal page from the cache").isNotNull();
		assertThat(
				this.mvc.perform(get("/how-to-cooperate").cookie(new Cookie(DisplayPreferences.CONTRAST_COOKIE, "on")))
					.andExpect(content().string(containsString("class=\"contrast-high\"")))
					.andReturn()
					.getHandler())
			.as("the high-contrast page from the cache")
			.isNull();
		this.mvc
			.perform(get("/how-to-cooperate").cookie(new Cookie(DisplayPreferences.CONTRAST_COOKIE, "on"),
					new Cookie(DisplayPreferences.TEXT_SIZE_COOKIE, "2")))
			.andExpect(content().string(containsString("class=\"contrast-high text-size-2\"")));
		this.mvc.perform(get("/how-to-cooperate"))
			.andExpect(content().string(not(containsString("contrast-high"))))
			.andExpect(content().string(containsString("aria-pressed=\"false\"")));
		this.mvc.perform(get("/how-to-cooperate").param("contrast", "on"))
			.andExpect(cookie().value(DisplayPreferences.CONTRAST_COOKIE, "on"))
			.andExpect(cookie().maxAge(DisplayPreferences.CONTRAST_COOKIE, 365 * 24 * 3600))
			.andExpect(cookie().httpOnly(DisplayPreferences.CONTRAST_COOKIE, true))
			.andExpect(content().string(containsString("aria-pressed=\"true\"")));
	}

	@Test
	void leavesVisitorsWithASessionFiltersPostsAndUnknownPagesToTheApplication() throws Exception {
		this.mvc.perform(get("/strategic-projects"));

		assertThat(this.mvc.perform(get("/strategic-projects").cookie(new Cookie("SESSION", "abc")))
			.andReturn()
			.getHandler()).as("a session").isNotNull();
		this.mvc.perform(get("/strategic-projects/NO-SUCH-PROJECT")).andExpect(status().isNotFound());
		this.mvc.perform(get("/strategic-projects/NO-SUCH-PROJECT")).andExpect(status().isNotFound());
		this.mvc.perform(get("/offers/submitted"));
		assertThat(this.mvc.perform(get("/offers/submitted")).andReturn().getHandler()).as("not a public page")
			.isNotNull();
	}

	@Test
	void keepsTheLanguageLinkAndEachFilteredOrSearchedPageAsPagesOfTheirOwn() throws Exception {
		MvcResult link = this.mvc.perform(get("/strategic-projects?lang=en")).andReturn();
		MvcResult again = this.mvc.perform(get("/strategic-projects?lang=en"))
			.andExpect(cookie().value("portal-lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andReturn();
		assertThat(link.getHandler()).as("the language link, rendered").isNotNull();
		assertThat(again.getHandler()).as("the language link, from the cache, setting its cookie").isNull();

		this.mvc.perform(get("/strategic-projects?q=calidad&axis=QUALITY")).andExpect(status().isOk());
		MvcResult reordered = this.mvc.perform(get("/strategic-projects?axis=QUALITY&q=calidad")).andReturn();
		assertThat(reordered.getHandler()).as("the same filters in another order, from the cache").isNull();
		assertThat(this.mvc.perform(get("/strategic-projects?q=educacion")).andReturn().getHandler())
			.as("another search, rendered")
			.isNotNull();
	}

	@Test
	void sendsTheKeptBytesCompressedOnceToBrowsersThatAcceptGzip() throws Exception {
		byte[] page = this.mvc.perform(get("/how-to-cooperate")).andReturn().getResponse().getContentAsByteArray();

		MockHttpServletResponse compressed = this.mvc
			.perform(get("/how-to-cooperate").header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andReturn()
			.getResponse();
		assertThat(compressed.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		try (GZIPInputStream gunzip = new GZIPInputStream(
				new ByteArrayInputStream(compressed.getContentAsByteArray()))) {
			assertThat(gunzip.readAllBytes()).isEqualTo(page);
		}
		assertThat(compressed.getContentAsByteArray().length).isLessThan(page.length / 2);
		this.mvc.perform(get("/how-to-cooperate").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity"))
			.andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING))
			.andExpect(content().bytes(page));
	}

	@Test
	void neverReplaysHstsToPlainHttpNorWithholdsItFromHttps() throws Exception {
		for (String page : cachedPages()) {
			Caches.clearAll(this.caches);
			expectHsts(page, false);
			expectHsts(page, true);
			expectHsts(page, false);
			Caches.clearAll(this.caches);
			expectHsts(page, true);
			expectHsts(page, false);
			expectHsts(page, true);
		}
	}

	private void expectHsts(String page, boolean secure) throws Exception {
		String hsts = this.mvc.perform(get(page).secure(secure))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Strict-Transport-Security");
		if (secure) {
			assertThat(hsts).as(page + " over https").contains("max-age=");
		}
		else {
			assertThat(hsts).as(page + " over http").isNull();
		}
	}

	private String[] cachedPages() {
		String project = this.jdbc
			.queryForObject("SELECT code FROM strategic_project WHERE NOT retired ORDER BY code LIMIT 1", String.class);
		return new String[] { "/", "/strategic-projects", "/strategic-projects/" + project, "/how-to-cooperate",
				"/who-may-cooperate", "/contact" };
	}

	@Test
	@WithAdmin
	void showsAnAdminsChangeOnTheNextVisit() throws Exception {
		String code = "T-PC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.mvc.perform(project(post("/admin/catalog/projects/new").param("code", code), "Bibliotecas rurales", "0"))
			.andExpect(redirectedUrl("/admin/catalog/projects"));
		this.mvc.perform(get("/strategic-projects")).andExpect(content().string(containsString("Bibliotecas rurales")));

		this.mvc.perform(project(post("/admin/catalog/projects/" + code), "Bibliotecas rurales itinerantes", "0"))
			.andExpect(redirectedUrl("/admin/catalog/projects"));

		this.mvc.perform(get("/strategic-projects"))
			.andExpect(content().string(containsString("Bibliotecas rurales itinerantes")));
	}

	private static MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String nameEs,
			String version) {
		return request.param("level", "PRESCHOOL_BASIC_SECONDARY")
			.param("axis", "PERTINENCE")
			.param("nameEs", nameEs)
			.param("nameEn", "Rural libraries")
			.param("actionTypes", "A07")
			.param("version", version)
			.with(csrf());
	}

}
