package co.gov.mineducacion.cooperation.catalog;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public catalogue is read from memory, emptied by every ADMIN change, and its pages
 * carry an ETag so that browsers and proxies revalidate instead of downloading again.
 */
@PortalTest
class PublicCatalogCachingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@AfterEach
	void retireTestProjects() {
		this.jdbc.update("UPDATE strategic_project SET retired = TRUE WHERE code LIKE 'T-%'");
		Caches.clearAll(this.caches);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/strategic-projects", "/strategic-projects/PBM-COB-01", "/how-to-cooperate",
			"/who-may-cooperate", "/contact" })
	void answersARevalidationOfAnUnchangedPageWithNotModified(String page) throws Exception {
		String etag = this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		byte[] body = this.mvc.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEmpty();
	}

	@Test
	void tagsEachLanguageOfAPageApart() throws Exception {
		String spanish = etagOf(get("/strategic-projects"));
		String english = etagOf(get("/strategic-projects").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
		assertThat(english).isNotEqualTo(spanish);
		this.mvc
			.perform(get("/strategic-projects").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.header(HttpHeaders.IF_NONE_MATCH, spanish))
			.andExpect(status().isOk());
	}

	@Test
	@WithAdmin
	void servesTheCatalogueFromMemoryUntilAnAdminChangesIt() throws Exception {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.mvc.perform(project(post("/admin/catalog/projects/new").param("code", code), "Huertas escolares", "0"))
			.andExpect(redirectedUrl("/admin/catalog/projects"));
		// Read as a visitor: a signed-in ADMIN's pages are never stored.
		String before = etagOf(get("/strategic-projects/" + code).with(anonymous()));

		// Behind the application's back: the cached catalogue does not see it.
		this.jdbc.update("UPDATE strategic_project SET name_es = 'Cambio directo' WHERE code = ?", code);
		this.mvc.perform(get("/strategic-projects/" + code).with(anonymous()).header(HttpHeaders.IF_NONE_MATCH, before))
			.andExpect(status().isNotModified());

		this.mvc.perform(project(post("/admin/catalog/projects/" + code), "Huertas escolares y comedores", "0"))
			.andExpect(redirectedUrl("/admin/catalog/projects"));
		this.mvc.perform(get("/strategic-projects/" + code).with(anonymous()).header(HttpHeaders.IF_NONE_MATCH, before))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, not(before)))
			.andExpect(content().string(containsString("Huertas escolares y comedores")));
	}

	@Test
	@WithAdmin
	void leavesTheAdminPagesUncached() throws Exception {
		this.mvc.perform(get("/admin/catalog/projects"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	private String etagOf(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
	}

	private static MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String nameEs,
			String version) {
		return request.param("level", "PRESCHOOL_BASIC_SECONDARY")
			.param("axis", "PERTINENCE")
			.param("nameEs", nameEs)
			.param("nameEn", "School gardens")
			.param("actionTypes", "A07")
			.param("version", version)
			.with(csrf());
	}

}
