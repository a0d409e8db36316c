package co.gov.mineducacion.cooperation.office;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.SignedIn;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * ADMINs keep the answer templates: both languages are required, names are unique, edits
 * check the version, retired templates are no longer offered, and every change is audited
 * without its text.
 */
@PortalTest
@WithAdmin
class AnswerTemplateAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsTheDefaultTemplateOfEveryMoveInBothLanguages() throws Exception {
		this.mvc.perform(get("/admin/answer-templates"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Solicitud de información complementaria"),
					containsString("Aceptación de la oferta"), containsString("No aceptación de la oferta"),
					containsString("Cierre por oferta duplicada"),
					containsString("Your cooperation offer has been accepted"))));
		assertThat(
				this.jdbc.queryForList("SELECT DISTINCT purpose FROM answer_template ORDER BY purpose", String.class))
			.contains("ACCEPT", "CLOSE_AS_DUPLICATE", "DECLINE", "REQUEST_INFORMATION");
	}

	@Test
	void createsATemplateAndAuditsIt() throws Exception {
		String name = "Prueba aceptación con visita " + suffix();
		this.mvc.perform(template(post("/admin/answer-templates/new"), name, "0"))
			.andExpect(redirectedUrl("/admin/answer-templates"))
			.andExpect(flash().attribute("notice", "answerTemplates.created"));
		this.mvc.perform(get("/admin/answer-templates")).andExpect(content().string(containsString(name)));
		assertThat(this.jdbc.queryForObject("SELECT body_en FROM answer_template WHERE name = ?", String.class, name))
			.isEqualTo("We will visit you next month.");
		assertThat(audit(name)).containsExactly("answer-template.created | ACCEPT");
	}

	@Test
	void requiresBothLanguagesAndKeepsWhatWasTyped() throws Exception {
		String name = "Prueba sin inglés " + suffix();
		this.mvc.perform(template(post("/admin/answer-templates/new"), name, "0", "subjectEn", "", "bodyEn", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Escriba el asunto en inglés."),
					containsString("Escriba el mensaje en inglés."), containsString("id=\"subjectEn-error\""),
					containsString("value=\"Prueba sin ingl"), containsString("Los visitaremos el pr"))));
		assertThat(count(name)).isZero();
	}

	@Test
	void refusesANameAnotherTemplateHasWhateverItsCase() throws Exception {
		this.mvc.perform(template(post("/admin/answer-templates/new"), "ACEPTACIÓN DE LA OFERTA", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ya existe una plantilla con ese nombre.")));
	}

	@Test
	void editsATemplateAndRefusesAnEditMadeOnAnOlderVersion() throws Exception {
		String name = "Prueba para editar " + suffix();
		this.mvc.perform(template(post("/admin/answer-templates/new"), name, "0"));
		long id = idOf(name);
		this.mvc.perform(get("/admin/answer-templates/" + id))
			.andExpect(content().string(
					allOf(containsString("value=\"" + name + "\""), containsString("We will visit you next month."))));
		this.mvc
			.perform(template(post("/admin/answer-templates/" + id), name, "0", "bodyEs",
					"Los visitaremos la próxima semana."))
			.andExpect(flash().attribute("notice", "answerTemplates.updated"));
		assertThat(this.jdbc.queryForObject("SELECT body_es FROM answer_template WHERE id = ?", String.class, id))
			.isEqualTo("Los visitaremos la próxima semana.");
		this.mvc
			.perform(template(post("/admin/answer-templates/" + id), name, "0", "bodyEs", "Texto viejo.")
				.with(SignedIn.admin("otra.jefa@mineducacion.gov.co")))
			.andExpect(status().isConflict())
			.andExpect(view().name(AnswerTemplateAdminController.FORM))
			.andExpect(content()
				.string(allOf(containsString("Texto viejo."), containsString("cambios en esta plantilla mientras"))));
		assertThat(this.jdbc.queryForObject("SELECT body_es FROM answer_template WHERE id = ?", String.class, id))
			.isEqualTo("Los visitaremos la próxima semana.");
		assertThat(audit(name)).containsExactly("answer-template.created | ACCEPT", "answer-template.updated | ACCEPT");
	}

	@Test
	@WithStaff
	void offersOnlyTemplatesInUseOnTheOfferPageAndRetiresAndRestoresThem() throws Exception {
		String name = "Prueba para retirar " + suffix();
		this.mvc.perform(template(post("/admin/answer-templates/new"), name, "0")
			.with(SignedIn.admin("jefa@mineducacion.gov.co")));
		long id = idOf(name);
		OfficeFixtures fixtures = new OfficeFixtures(this.mvc, this.jdbc);
		String offer = fixtures.fileOffer("Aulas de informática");
		this.mvc.perform(post("/admin/offers/" + offer + "/start-review").param("version", fixtures.version(offer))
			.with(csrf()));
		this.mvc.perform(get("/admin/offers/" + offer)).andExpect(content().string(containsString(name)));

		this.mvc
			.perform(post("/admin/answer-templates/" + id + "/retire").with(SignedIn.admin("jefa@mineducacion.gov.co"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "answerTemplates.retired"));
		this.mvc.perform(get("/admin/offers/" + offer)).andExpect(content().string(not(containsString(name))));
		this.mvc.perform(get("/admin/offers/" + offer).param("template", String.valueOf(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("We will visit you next month."))));

		this.mvc
			.perform(post("/admin/answer-templates/" + id + "/restore").with(SignedIn.admin("jefa@mineducacion.gov.co"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "answerTemplates.restored"));
		this.mvc.perform(get("/admin/offers/" + offer)).andExpect(content().string(containsString(name)));
		assertThat(audit(name)).containsExactly("answer-template.created | ACCEPT", "answer-template.retired | ACCEPT",
				"answer-template.restored | ACCEPT");
	}

	@Test
	void answersAnUnknownTemplateWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/answer-templates/999999")).andExpect(status().isNotFound());
	}

	@Test
	@WithStaff
	void keepsTheTemplatesForAdminsOnly() throws Exception {
		this.mvc.perform(get("/admin/answer-templates")).andExpect(status().isForbidden());
		this.mvc.perform(template(post("/admin/answer-templates/new"), "Prueba de personal " + suffix(), "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/answer-templates")).andExpect(redirectedUrl("/login"));
	}

	/**
	 * A complete template form; {@code overrides} are field, value pairs.
	 */
	private static MockHttpServletRequestBuilder template(MockHttpServletRequestBuilder request, String name,
			String version, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("version", version);
		fields.put("name", name);
		fields.put("purpose", "ACCEPT");
		fields.put("subjectEs", "Su oferta fue aceptada");
		fields.put("bodyEs", "Los visitaremos el próximo mes.");
		fields.put("subjectEn", "Your offer was accepted");
		fields.put("bodyEn", "We will visit you next month.");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private long idOf(String name) {
		return this.jdbc.queryForObject("SELECT id FROM answer_template WHERE name = ?", Long.class, name);
	}

	private int count(String name) {
		return this.jdbc.queryForObject("SELECT count(*) FROM answer_template WHERE name = ?", Integer.class, name);
	}

	private java.util.List<String> audit(String name) {
		return this.jdbc.queryForList(
				"SELECT action || ' | ' || coalesce(details, '') FROM audit_entry WHERE target = ? ORDER BY id",
				String.class, name);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
