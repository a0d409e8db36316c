package co.gov.mineducacion.cooperation.shared.security;

import java.util.Map;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.catalog.ActionTypeEdit;
import co.gov.mineducacion.cooperation.catalog.CatalogAdminService;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.shared.security.Payloads.SHORT;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertInert;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertShownAsText;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.escaped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The site search shows what it is given as text: a payload typed as the query comes back
 * escaped in the field and the heading, and a payload an ADMIN wrote into the catalogue
 * comes back escaped in the results, with only the matching word in {@code <mark>}.
 */
@PortalTest
class SiteSearchEscapingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogAdminService catalogAdmin;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	private Map<String, Object> a13;

	@AfterEach
	void putA13Back() {
		if (this.a13 != null) {
			this.jdbc.update(
					"UPDATE action_type SET short_name_es = ?, short_name_en = ?, text_es = ?, text_en = ? WHERE code = 'A13'",
					this.a13.get("short_name_es"), this.a13.get("short_name_en"), this.a13.get("text_es"),
					this.a13.get("text_en"));
			Caches.clearAll(this.caches);
		}
	}

	@Test
	void showsEveryPayloadTypedAsTheQueryAsText() throws Exception {
		for (String payload : Stream.concat(Payloads.ALL.stream(), Stream.of(SHORT)).toList()) {
			for (String language : new String[] { "es", "en" }) {
				MockHttpServletResponse response = this.mvc
					.perform(get("/search").param("q", payload).header("Accept-Language", language))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(payload).isEqualTo(200);
				assertShownAsText("/search?q=" + payload, response.getContentAsString(), payload);
			}
		}
	}

	@Test
	@WithAdmin
	void showsAPayloadAnAdminWroteAsTextAndMarksOnlyTheMatchingWord() throws Exception {
		this.a13 = this.jdbc.queryForMap("SELECT * FROM action_type WHERE code = 'A13'");
		ActionTypeEdit a13 = this.catalogAdmin.actionType("A13");
		this.catalogAdmin.rewordActionType("A13", a13.version(),
				new Bilingual("Mecenazgo " + SHORT, "Patronage " + SHORT), new Bilingual(
						"Recursos " + SHORT + " mecenazgo " + SHORT, "Resources " + SHORT + " patronage " + SHORT));

		String html = this.mvc.perform(get("/search").param("q", "mecenazgo"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInert("/search?q=mecenazgo", html);
		assertThat(html).contains("<mark>Mecenazgo</mark>" + escaped(" " + SHORT))
			.contains("<mark>mecenazgo</mark>")
			.doesNotContain("<mark>" + escaped(SHORT));
	}

}
