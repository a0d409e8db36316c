package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who handles an offer, and the strategic projects the office suggests and links when the
 * submitter chose none.
 */
@PortalTest
@WithStaff
class OfferAssignmentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfficeFixtures fixtures;

	@BeforeEach
	void staffAccounts() {
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
		this.fixtures.staffAccount("analista@mineducacion.gov.co", "Analista de Prueba", true);
	}

	@Test
	void assignsAnOfferToAColleagueAndUnassignsItWithAnAuditLine() throws Exception {
		long colleague = this.fixtures.staffAccount("camila@mineducacion.gov.co", "Camila Rojas", true);
		String code = this.fixtures.fileOffer("Huertas escolares");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(containsString("<option value=\"" + colleague + "\">Camila Rojas</option>")));
		this.mvc
			.perform(post("/admin/offers/" + code + "/assign").param("version", this.fixtures.version(code))
				.param("assignee", String.valueOf(colleague))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.assign"));
		assertThat(assigneeOf(code)).isEqualTo(colleague);
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("<dd class=\"assignee\">Camila Rojas</dd>"),
					containsString("Asignada a Camila Rojas"), containsString("Quitar la asignación"))));

		this.mvc
			.perform(post("/admin/offers/" + code + "/unassign").param("version", this.fixtures.version(code))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.unassign"));
		assertThat(assigneeOf(code)).isNull();
		assertThat(this.fixtures.audit(code)).containsExactly("offer.assigned | staff #" + colleague,
				"offer.unassigned | ");
	}

	@Test
	void assignsToNobodyWhoIsNotAnActiveColleague() throws Exception {
		long former = this.fixtures.staffAccount("antiguo@mineducacion.gov.co", "Antiguo Funcionario", false);
		String code = this.fixtures.fileOffer("Bibliotecas rurales");
		this.mvc
			.perform(post("/admin/offers/" + code + "/assign").param("version", this.fixtures.version(code))
				.param("assignee", String.valueOf(former))
				.with(csrf()))
			.andExpect(flash().attribute("problem", "office.offer.assigneeUnknown"));
		assertThat(assigneeOf(code)).isNull();
		assertThat(this.fixtures.audit(code)).isEmpty();
	}

	@Test
	void refusesAnAssignmentMadeOnAVersionAColleagueAlreadyChanged() throws Exception {
		long colleague = this.fixtures.staffAccount("camila@mineducacion.gov.co", "Camila Rojas", true);
		String code = this.fixtures.fileOffer("Aulas móviles");
		String seen = this.fixtures.version(code);
		this.mvc.perform(post("/admin/offers/" + code + "/assign-to-me").param("version", seen).with(csrf()));
		this.mvc
			.perform(post("/admin/offers/" + code + "/assign").param("version", seen)
				.param("assignee", String.valueOf(colleague))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Otra persona cambió esta oferta"),
					containsString("<dd class=\"assignee\">Analista de Prueba</dd>"))));
		assertThat(assigneeOf(code)).isNotEqualTo(colleague);
		assertThat(this.fixtures.audit(code)).hasSize(1);
	}

	@Test
	void suggestsStrategicProjectsWithWhyWhenTheSubmitterChoseNoneAndLinksOne() throws Exception {
		String code = this.fixtures.fileOffer("Laboratorios de bilingüismo para universidades", "description",
				"Formación en inglés y bilingüismo para estudiantes de educación superior.", "actionTypes", "A06");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Proyectos estratégicos sugeridos"),
					containsString("<strong>Fomento del bilingüismo en la educación superior</strong>"),
					containsString("Formas de cooperar en común: Formación de estudiantes y docentes"),
					containsString("Palabras en común con el título o la descripción"))));
		this.mvc
			.perform(post("/admin/offers/" + code + "/projects").param("version", this.fixtures.version(code))
				.param("project", "SUP-PER-03")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.link-project"));
		assertThat(this.jdbc.queryForList("SELECT p.project_code FROM offer_strategic_project p "
				+ "JOIN offer o ON o.id = p.offer_id WHERE o.tracking_code = ?", String.class, code))
			.containsExactly("SUP-PER-03");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(not(containsString("Proyectos estratégicos sugeridos")),
					containsString("Se vinculó el proyecto SUP-PER-03 Fomento del bilingüismo"))));
		assertThat(this.fixtures.audit(code)).containsExactly("offer.project-suggested-linked | SUP-PER-03");
		assertThat(this.jdbc.queryForObject(
				"SELECT bool_or(visible_to_submitter) FROM offer_event e JOIN offer o "
						+ "ON o.id = e.offer_id WHERE o.tracking_code = ? AND e.kind = 'PROJECT_LINKED'",
				Boolean.class, code))
			.isFalse();
	}

	@Test
	void linksOnlyPublishedProjects() throws Exception {
		String code = this.fixtures.fileOffer("Transporte escolar");
		this.mvc
			.perform(post("/admin/offers/" + code + "/projects").param("version", this.fixtures.version(code))
				.param("project", "NO-EXISTE")
				.with(csrf()))
			.andExpect(flash().attribute("problem", "office.offer.projectUnknown"));
		assertThat(this.fixtures.audit(code)).isEmpty();
	}

	private Long assigneeOf(String code) {
		return this.jdbc.queryForObject("SELECT assignee_id FROM offer WHERE tracking_code = ?", Long.class, code);
	}

}
