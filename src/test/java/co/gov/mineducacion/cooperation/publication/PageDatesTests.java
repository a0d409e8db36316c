package co.gov.mineducacion.cooperation.publication;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Each public page's "last updated" date comes from the data it shows: a project's own
 * update time (kept by the database on every change), the privacy notice's publication
 * day; a page without such a date shows none.
 */
@PortalTest
class PageDatesTests {

	private static final String PROJECT = "PBM-COB-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@AfterEach
	void emptyCaches() {
		Caches.clearAll(this.caches);
	}

	@Test
	void aProjectPageShowsTheDayTheProjectLastChangedInBothLanguages() throws Exception {
		this.jdbc.update("UPDATE strategic_project SET updated_at = '2025-03-04 12:00:00-05' WHERE code = ?", PROJECT);
		Caches.clearAll(this.caches);

		this.mvc.perform(get("/strategic-projects/" + PROJECT))
			.andExpect(content().string(allOf(containsString("Última actualización"),
					containsString("<time datetime=\"2025-03-04\">4 de marzo de 2025</time>"))));
		this.mvc.perform(get("/strategic-projects/" + PROJECT).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Last updated"),
					containsString("<time datetime=\"2025-03-04\">March 4, 2025</time>"))));
	}

	@Test
	void everyChangeToAProjectMovesItsDate() {
		this.jdbc.update("UPDATE strategic_project SET updated_at = '2025-03-04 12:00:00-05' WHERE code = ?", PROJECT);
		this.jdbc.update("UPDATE strategic_project SET retired = NOT retired WHERE code = ?", PROJECT);
		this.jdbc.update("UPDATE strategic_project SET retired = NOT retired WHERE code = ?", PROJECT);

		assertThat(this.jdbc.queryForObject(
				"SELECT (updated_at AT TIME ZONE 'America/Bogota')::date " + "FROM strategic_project WHERE code = ?",
				LocalDate.class, PROJECT))
			.isEqualTo(LocalDate.now(Colombia.TIME_ZONE));
	}

	@Test
	void fixedPagesShowTheDayTheirTextChangedAndOthersNoDate() throws Exception {
		this.mvc.perform(get("/privacy"))
			.andExpect(
					content().string(containsString("<time datetime=\"2026-11-23\">23 de noviembre de 2026</time>")));
		this.mvc.perform(get("/offers/status"))
			.andExpect(content().string(not(containsString("Última actualización"))));
	}

}
