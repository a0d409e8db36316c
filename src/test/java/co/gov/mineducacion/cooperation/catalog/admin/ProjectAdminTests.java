package co.gov.mineducacion.cooperation.catalog.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
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
 * ADMINs add, edit, retire and restore strategic projects, and the public pages follow at
 * once. Every project these tests add has a code starting with {@code T-}; they are
 * retired afterwards so that the other tests still see the published catalogue.
 */
@PortalTest
@WithAdmin
class ProjectAdminTests {

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

	@Test
	void addsAMissingProjectThatThePublicPagesAndTheOfferFormShowAtOnce() throws Exception {
		String code = newCode();
		// Read first, so that the catalogue is cached when the project is added.
		this.mvc.perform(get("/strategic-projects")).andExpect(content().string(not(containsString(code))));

		this.mvc.perform(project(post("/admin/catalog/projects/new"), code))
			.andExpect(redirectedUrl("/admin/catalog/projects"))
			.andExpect(flash().attribute("notice", "catalog.admin.project.created"));

		this.mvc.perform(get("/strategic-projects"))
			.andExpect(content().string(allOf(containsString(code), containsString("Becas para docentes rurales"))));
		this.mvc.perform(get("/strategic-projects/" + code).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Scholarships for rural teachers"),
					containsString("Train 500 rural teachers a year."), containsString("action=A06"),
					not(containsString("action=A01")))));
		this.mvc.perform(get("/offers/new")).andExpect(content().string(containsString("value=\"" + code + "\"")));
		assertThat(audit("catalog.project.created", code)).isEqualTo(1);
	}

	@Test
	void refusesASecondProjectWithTheSameCode() throws Exception {
		this.mvc.perform(project(post("/admin/catalog/projects/new"), "PBM-COB-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("projectForm", "code", "Taken"));
	}

	@Test
	void editsTitlesAndObjectiveInBothLanguagesAndRecordsWhatChanged() throws Exception {
		String code = created();
		this.mvc.perform(get("/strategic-projects/" + code)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/catalog/projects/" + code))
			.andExpect(content().string(allOf(containsString("value=\"Becas para docentes rurales\""),
					containsString("name=\"version\" value=\"0\""))));

		this.mvc
			.perform(project(post("/admin/catalog/projects/" + code), null, "nameEs", "Becas rurales", "objectiveEs",
					"Formar 800 docentes al año.", "objectiveEn", "Train 800 teachers a year.", "version",
					version(code)))
			.andExpect(redirectedUrl("/admin/catalog/projects"));

		this.mvc.perform(get("/strategic-projects/" + code))
			.andExpect(content().string(allOf(containsString("Becas rurales"),
					containsString("Formar 800 docentes al año."), not(containsString("Becas para docentes")))));
		this.mvc.perform(get("/strategic-projects/" + code).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Train 800 teachers a year.")));
		assertThat(this.jdbc.queryForObject(
				"SELECT details FROM audit_entry WHERE action = 'catalog.project.updated' AND target = ?", String.class,
				code))
			.isEqualTo("name, objective");
	}

	@Test
	void tellsTheSecondEditorThatTheProjectChangedMeanwhileAndOverwritesNothing() throws Exception {
		String code = created();
		String seen = version(code);
		this.mvc.perform(
				project(post("/admin/catalog/projects/" + code), null, "nameEs", "Primera version", "version", seen));

		this.mvc
			.perform(project(post("/admin/catalog/projects/" + code), null, "nameEs", "Segunda version", "version",
					seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("Otra persona guardó cambios"), containsString("value=\"Segunda version\""),
							containsString("href=\"/admin/catalog/projects/" + code + "\""))));
		assertThat(this.jdbc.queryForObject("SELECT name_es FROM strategic_project WHERE code = ?", String.class, code))
			.isEqualTo("Primera version");
	}

	@Test
	void aRetiredProjectLeavesThePublicPagesButOldOffersKeepIt() throws Exception {
		String code = created();
		String offer = fileOfferFor(code);

		this.mvc
			.perform(post("/admin/catalog/projects/" + code + "/retire").param("version", version(code)).with(csrf()))
			.andExpect(redirectedUrl("/admin/catalog/projects"))
			.andExpect(flash().attribute("notice", "catalog.admin.project.retired"));

		this.mvc.perform(get("/strategic-projects")).andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/strategic-projects/" + code)).andExpect(status().isNotFound());
		this.mvc.perform(get("/offers/new")).andExpect(content().string(not(containsString(code))));
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM offer_strategic_project p JOIN offer o ON o.id = p.offer_id "
					+ "WHERE o.tracking_code = ? AND p.project_code = ?", Integer.class, offer, code))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/catalog/projects"))
			.andExpect(content().string(containsString("aria-label=\"Restaurar: " + code + "\"")));

		this.mvc
			.perform(post("/admin/catalog/projects/" + code + "/restore").param("version", version(code)).with(csrf()))
			.andExpect(flash().attribute("notice", "catalog.admin.project.restored"));
		this.mvc.perform(get("/strategic-projects/" + code)).andExpect(status().isOk());
		assertThat(audit("catalog.project.retired", code)).isEqualTo(1);
		assertThat(audit("catalog.project.restored", code)).isEqualTo(1);
	}

	@Test
	void refusesToRetireFromAStaleList() throws Exception {
		String code = created();
		String seen = version(code);
		this.mvc.perform(project(post("/admin/catalog/projects/" + code), null, "version", seen, "nameEn", "Other"));
		this.mvc.perform(post("/admin/catalog/projects/" + code + "/retire").param("version", seen).with(csrf()))
			.andExpect(flash().attribute("problem", "catalog.admin.changedMeanwhile"));
		this.mvc.perform(get("/strategic-projects/" + code)).andExpect(status().isOk());
	}

	@Test
	void answersAnUnknownProjectWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/catalog/projects/NO-SUCH-1")).andExpect(status().isNotFound());
	}

	@Test
	@WithStaff
	void staffWhoAreNotAdminsAreRefused() throws Exception {
		this.mvc.perform(get("/admin/catalog")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/catalog/projects")).andExpect(status().isForbidden());
		this.mvc.perform(project(post("/admin/catalog/projects/new"), newCode())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/catalog/projects/PBM-COB-01/retire").param("version", "0").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("SELECT retired FROM strategic_project WHERE code = 'PBM-COB-01'",
				Boolean.class))
			.isFalse();
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/catalog/projects")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/catalog/projects/new")).andExpect(redirectedUrl("/login"));
	}

	private String created() throws Exception {
		String code = newCode();
		this.mvc.perform(project(post("/admin/catalog/projects/new"), code))
			.andExpect(redirectedUrl("/admin/catalog/projects"));
		return code;
	}

	/**
	 * A valid project form; {@code overrides} are name, value pairs that replace a field.
	 */
	private static MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String code,
			String... overrides) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		if (code != null) {
			fields.put("code", new String[] { code });
		}
		fields.put("level", new String[] { "PRESCHOOL_BASIC_SECONDARY" });
		fields.put("axis", new String[] { "QUALITY" });
		fields.put("nameEs", new String[] { "Becas para docentes rurales" });
		fields.put("nameEn", new String[] { "Scholarships for rural teachers" });
		fields.put("objectiveEs", new String[] { "Formar 500 docentes rurales al año." });
		fields.put("objectiveEn", new String[] { "Train 500 rural teachers a year." });
		fields.put("actionTypes", new String[] { "A06", "A09" });
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], new String[] { overrides[i + 1] });
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private String fileOfferFor(String code) throws Exception {
		String email = "c+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return (String) this.mvc.perform(post("/offers").param("organizationName", "Fundación Prueba")
			.param("sector", "NGO")
			.param("country", "CO")
			.param("contactName", "Ana")
			.param("contactEmail", email)
			.param("title", "Becas")
			.param("description", "Becas para docentes")
			.param("actionTypes", "A06")
			.param("strategicProjects", code)
			.param("consent", "true")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.201." + (email.hashCode() & 255) + "." + ((email.hashCode() >> 8) & 255));
				return request;
			})).andReturn().getFlashMap().get("trackingCode");
	}

	private static String newCode() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private String version(String code) {
		return String.valueOf(
				this.jdbc.queryForObject("SELECT version FROM strategic_project WHERE code = ?", Long.class, code));
	}

	private Integer audit(String action, String code) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = ? AND target = ? AND actor = 'jefa@mineducacion.gov.co'",
				Integer.class, action, code);
	}

}
