package co.gov.mineducacion.cooperation.activity;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Staff create and edit activities, add targets, record progress and milestones; the
 * public page shows them, and every change is in the audit log.
 */
@PortalTest
@WithStaff
class ActivityAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publishesAnActivityThatThenFiltersByProjectAndWayToCooperate() throws Exception {
		String title = "Escuelas conectadas " + UUID.randomUUID().toString().substring(0, 6);
		String slug = create(title);
		this.mvc.perform(get("/activities/" + slug))
			.andExpect(content().string(allOf(containsString(title), containsString("Fundación Conecta"),
					containsString("Quibdó"), containsString("27001"), containsString("Chocó"),
					containsString("Desarrollo profesional de docentes y directivos docentes"),
					containsString("11130"))));
		this.mvc.perform(get("/activities?project=PBM-CAL-04")).andExpect(ActivityPagesTests.lists(slug));
		this.mvc.perform(get("/activities?project=SUP-PER-03")).andExpect(ActivityPagesTests.listsNot(slug));
		this.mvc.perform(get("/activities?action=A06&department=27")).andExpect(ActivityPagesTests.lists(slug));
		this.mvc.perform(get("/activities?action=A01")).andExpect(ActivityPagesTests.listsNot(slug));
		assertThat(audited("activity.created", slug)).isEqualTo(1);
	}

	@Test
	void explainsEachProblemBesideItsFieldAndPublishesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.param("titleEs", "Sin organizaciones")
				.param("titleEn", "No organisations")
				.param("descriptionEs", "Texto.")
				.param("descriptionEn", "Text.")
				.param("ageMax", "12")
				.param("start", "2026-03")
				.param("end", "2026-02")
				.param("cities", "00001 Ningún lugar")
				.param("links", "ftp://archivo Informe")
				.param("ageMin", "18"))
			.andExpect(status().isOk())
			.andExpect(view().name(ActivityAdminController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "funders", "NoOrganisation"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "end", "Before"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "cities", "Invalid"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "links", "Invalid"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "ageMax", "Order"))
			.andExpect(content().string(allOf(containsString("Escriba al menos una organización"),
					containsString("El fin no puede ser anterior al inicio"), containsString("00001 Ningún lugar"))));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void editsAnActivityAndRefusesAStaleCopy() throws Exception {
		String slug = create("Aulas rurales " + UUID.randomUUID().toString().substring(0, 6));
		this.mvc.perform(get("/admin/activities/" + slug + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("27001 Quibd"), containsString("Fundaci"))));
		long version = version(slug);
		this.mvc
			.perform(activityForm(post("/admin/activities/" + slug + "/edit"), "Aulas rurales renovadas")
				.param("version", String.valueOf(version))
				.param("statusOverride", "SUSPENDED"))
			.andExpect(redirectedUrl("/admin/activities/" + slug));
		this.mvc.perform(get("/activities/" + slug))
			.andExpect(
					content().string(allOf(containsString("Aulas rurales renovadas"), containsString("Suspendida"))));
		this.mvc
			.perform(activityForm(post("/admin/activities/" + slug + "/edit"), "Otra versión").param("version",
					String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(view().name(ActivityAdminController.FORM))
			.andExpect(model().hasErrors())
			.andExpect(content()
				.string(allOf(containsString("Otra versi"), containsString("cambios en esta actividad mientras"))));
		assertThat(audited("activity.updated", slug)).isEqualTo(1);
	}

	@Test
	void recordsTargetsProgressAndMilestonesThatThePublicPageShows() throws Exception {
		String slug = create("Lectura en familia " + UUID.randomUUID().toString().substring(0, 6));
		this.mvc
			.perform(post("/admin/activities/" + slug + "/targets").with(csrf())
				.param("indicatorEs", "Familias lectoras")
				.param("indicatorEn", "Reading families")
				.param("targetValue", "12000"))
			.andExpect(flash().attribute("notice", "activity.admin.targetAdded"));
		Long target = this.jdbc.queryForObject(
				"SELECT t.id FROM activity_target t JOIN activity a ON a.id = " + "t.activity_id WHERE a.slug = ?",
				Long.class, slug);
		progress(slug, target, "2025-06-30", "3000").andExpect(redirectedUrl("/admin/activities/" + slug));
		progress(slug, target, "2026-01-31", "6000");
		progress(slug, target, "2999-01-01", "7000")
			.andExpect(model().attributeHasFieldErrorCode("progressForm", "measuredOn", "Future"));
		this.mvc
			.perform(post("/admin/activities/" + slug + "/milestones").with(csrf())
				.param("reachedOn", "2025-09-15")
				.param("textEs", "Primera feria del libro familiar")
				.param("textEn", "First family book fair"))
			.andExpect(flash().attribute("notice", "activity.admin.milestoneAdded"));
		this.mvc.perform(get("/activities/" + slug + "?lang=en"))
			.andExpect(content().string(allOf(containsString("Reading families"), containsString("12,000"),
					containsString("6,000 by 31 January 2026 (50% of the target)"), containsString("3,000"),
					containsString("First family book fair"), containsString("15 September 2025"))));
		assertThat(audited("activity.progress.recorded", slug)).isEqualTo(2);
		assertThat(audited("activity.milestone.added", slug)).isEqualTo(1);
	}

	@Test
	void answersAnUnknownTargetWithNotFound() throws Exception {
		String slug = create("Metas ajenas " + UUID.randomUUID().toString().substring(0, 6));
		progress(slug, -1L, "2025-06-30", "3").andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/activities")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/activities/new").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "ciudadano@example.org", roles = "CITIZEN")
	void refusesTheActivityAdminToAnyoneWhoIsNotStaff() throws Exception {
		this.mvc.perform(get("/admin/activities")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/activities/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/activities/together-we-learn/edit")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/activities/together-we-learn/milestones").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithAdmin
	void letsAdministratorsEditToo() throws Exception {
		this.mvc.perform(get("/admin/activities/together-we-learn/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2021-02\"")));
	}

	@Test
	void listsEveryActivityForStaff() throws Exception {
		this.mvc.perform(get("/admin/activities"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Juntos Aprendemos"),
					containsString("href=\"/admin/activities/together-we-learn/edit\""))));
	}

	String create(String title) throws Exception {
		String location = this.mvc.perform(activityForm(post("/admin/activities/new"), title))
			.andExpect(redirectedUrlPattern("/admin/activities/*"))
			.andExpect(flash().attribute("notice", "activity.admin.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).satisfies((l) -> assertThat(l).doesNotEndWith("/edit"));
		return location.substring(location.lastIndexOf('/') + 1);
	}

	static MockHttpServletRequestBuilder activityForm(MockHttpServletRequestBuilder request, String title) {
		return request.with(csrf())
			.param("titleEs", title)
			.param("titleEn", title + " (EN)")
			.param("descriptionEs", "Conectividad y formación docente.\n\nSegundo párrafo.")
			.param("descriptionEn", "Connectivity and teacher training.")
			.param("start", "2025-01")
			.param("end", "2027-12")
			.param("ageMin", "6")
			.param("ageMax", "16")
			.param("funders", "Fundación Conecta")
			.param("cities", "27001 Quibdó")
			.param("departments", "91")
			.param("strategicProjects", "PBM-CAL-04")
			.param("actionTypes", "A06")
			.param("sectors", "11130")
			.param("links", "https://www.mineducacion.gov.co/informe.pdf Informe de avance")
			.param("contactName", "Oficina de Cooperación Internacional")
			.param("contactEmail", "cooperacion@mineducacion.gov.co");
	}

	private org.springframework.test.web.servlet.ResultActions progress(String slug, Long target, String day,
			String value) throws Exception {
		return this.mvc.perform(post("/admin/activities/" + slug + "/progress").with(csrf())
			.param("targetId", String.valueOf(target))
			.param("measuredOn", day)
			.param("value", value));
	}

	private long version(String slug) {
		return this.jdbc.queryForObject("SELECT version FROM activity WHERE slug = ?", Long.class, slug);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM activity", Long.class);
	}

	private int audited(String action, String slug) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND target = ?",
				Integer.class, action, slug);
	}

}
