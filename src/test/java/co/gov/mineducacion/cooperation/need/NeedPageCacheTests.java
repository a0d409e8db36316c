package co.gov.mineducacion.cooperation.need;

import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.test.KeptPages.fromCache;
import static co.gov.mineducacion.cooperation.test.KeptPages.rendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs' public pages are kept for visitors without a session until staff publish or
 * revise a need (closing it included) or an offer answering it is accepted: filing an
 * offer changes nothing public and keeps them.
 */
@PortalTest
class NeedPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@BeforeEach
	void startEmpty() {
		Caches.clearAll(this.caches);
	}

	@Test
	void replacesTheKeptListAndPageOnceANeedIsPublishedMetOrClosed() throws Exception {
		String word = UUID.randomUUID().toString().substring(0, 8);
		String search = "/needs?q=" + word;
		assertThat(rendered(this.mvc, search)).doesNotContain("Tutores guardados");
		fromCache(this.mvc, search);

		Map<String, String> fields = NeedFixtures.tutorsInChoco("Tutores guardados " + word);
		String slug = NeedFixtures.publish(this.mvc, fields);
		assertThat(rendered(this.mvc, search)).contains("Tutores guardados " + word);
		assertThat(progressOf(rendered(this.mvc, "/needs/" + slug))).startsWith("0 tutores de 20 tutores");

		String code = AcceptedOfferFixtures.file(this.mvc, Map.of("need", slug));
		assertThat(progressOf(fromCache(this.mvc, "/needs/" + slug))).as("a filed offer is not public")
			.startsWith("0 tutores de 20 tutores");
		AcceptedOfferFixtures.acceptInTheOffice(this.mvc, this.jdbc, code);
		assertThat(progressOf(rendered(this.mvc, "/needs/" + slug))).isEqualTo("1 tutores de 20 tutores (5 %)");

		assertThat(rendered(this.mvc, search)).contains("Tutores guardados " + word);
		fromCache(this.mvc, search);
		fields.put("status", "CLOSED");
		fields.put("version",
				String.valueOf(this.jdbc.queryForObject("SELECT version FROM need WHERE slug = ?", Long.class, slug)));
		this.mvc.perform(NeedFixtures.form(post("/admin/needs/" + slug + "/edit"), fields))
			.andExpect(status().is3xxRedirection());
		assertThat(rendered(this.mvc, search)).doesNotContain("Tutores guardados " + word);
		assertThat(Jsoup.parse(rendered(this.mvc, "/needs/" + slug)).select("a.button")).as("no way to offer")
			.isEmpty();
	}

	private static String progressOf(String page) {
		return Jsoup.parse(page).select(".need-progress__text").text();
	}

}
