package co.gov.mineducacion.cooperation.catalog.admin;

import java.util.Map;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADMINs reword the ways to cooperate in both languages; "How to cooperate?" shows the
 * new texts at once. The texts of A13 are put back after each test.
 */
@PortalTest
@WithAdmin
class ActionTypeAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	Map<String, Object> original;

	@BeforeEach
	void rememberA13() {
		this.original = this.jdbc.queryForMap("SELECT * FROM action_type WHERE code = 'A13'");
	}

	@AfterEach
	void putA13Back() {
		this.jdbc.update(
				"UPDATE action_type SET short_name_es = ?, short_name_en = ?, text_es = ?, text_en = ? WHERE code = 'A13'",
				this.original.get("short_name_es"), this.original.get("short_name_en"), this.original.get("text_es"),
				this.original.get("text_en"));
		Caches.clearAll(this.caches);
	}

	@Test
	void rewordsAWayToCooperateInBothLanguagesAndTheGuideShowsItAtOnce() throws Exception {
		this.mvc.perform(get("/how-to-cooperate")).andExpect(content().string(not(containsString("Mentorías"))));
		this.mvc.perform(get("/admin/catalog/action-types"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/catalog/action-types/A13\"")));

		this.mvc.perform(reword("Mentorías a rectores", "Mentoring for principals", version()))
			.andExpect(redirectedUrl("/admin/catalog/action-types"))
			.andExpect(flash().attribute("notice", "catalog.admin.actionType.updated"));

		this.mvc.perform(get("/how-to-cooperate"))
			.andExpect(content().string(allOf(containsString("Mentorías a rectores"),
					containsString("Acompañar a rectores de colegios rurales."))));
		this.mvc.perform(get("/how-to-cooperate").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Mentoring for principals")));
		this.mvc.perform(get("/offers/new")).andExpect(content().string(containsString("A13 · Mentorías a rectores")));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'catalog.action-type.updated' AND target = 'A13'",
				Integer.class))
			.isOne();
	}

	@Test
	void tellsTheSecondEditorThatTheTextsChangedMeanwhile() throws Exception {
		String seen = version();
		this.mvc.perform(reword("Primero", "First", seen));
		this.mvc.perform(reword("Segundo", "Second", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Otra persona guardó cambios")));
		assertThat(this.jdbc.queryForObject("SELECT short_name_en FROM action_type WHERE code = 'A13'", String.class))
			.isEqualTo("First");
	}

	@Test
	@WithStaff
	void staffWhoAreNotAdminsAreRefused() throws Exception {
		this.mvc.perform(get("/admin/catalog/action-types")).andExpect(status().isForbidden());
		this.mvc.perform(reword("X", "X", version())).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder reword(String shortNameEs, String shortNameEn, String version) {
		return post("/admin/catalog/action-types/A13").param("shortNameEs", shortNameEs)
			.param("shortNameEn", shortNameEn)
			.param("textEs", "Acompañar a rectores de colegios rurales.")
			.param("textEn", "Accompany principals of rural schools.")
			.param("version", version)
			.with(csrf());
	}

	private String version() {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM action_type WHERE code = 'A13'", Long.class));
	}

}
