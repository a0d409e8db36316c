package co.gov.mineducacion.cooperation.activity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An activity's places are DIVIPOLA municipalities: Together we Learn's nine cities are
 * known ones, the list filters by municipality, and staff pick municipalities with a
 * searchable field that works without JavaScript.
 */
@PortalTest
@WithStaff
class ActivityMunicipalityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mapsTogetherWeLearnsNineCitiesToTheirMunicipalities() {
		assertThat(this.jdbc.queryForList("SELECT c.divipola_code || ' ' || m.name FROM activity_city c "
				+ "JOIN municipality m ON m.divipola_code = c.divipola_code JOIN activity a ON a.id = c.activity_id "
				+ "WHERE a.slug = 'together-we-learn'", String.class))
			.containsExactlyInAnyOrder("08001 Barranquilla", "11001 Bogotá, D.C.", "68001 Bucaramanga",
					"76001 Santiago de Cali", "13001 Cartagena de Indias", "54001 San José de Cúcuta", "05001 Medellín",
					"44001 Riohacha", "47001 Santa Marta");
	}

	@Test
	void filtersTheListByMunicipality() throws Exception {
		this.mvc.perform(get("/activities?municipality=54001"))
			.andExpect(ActivityPagesTests.lists("together-we-learn"));
		this.mvc.perform(get("/activities?municipality=05001"))
			.andExpect(ActivityPagesTests.lists("together-we-learn"));
		this.mvc.perform(get("/activities?municipality=54498"))
			.andExpect(ActivityPagesTests.listsNot("together-we-learn"));
	}

	@Test
	void offersTheMunicipalitiesWithActivityInTheListsFilterForm() throws Exception {
		Document html = page("/activities?municipality=54001");
		Element field = html.selectFirst("form.filters select#municipality[name=municipality]");
		assertThat(html.selectFirst("label[for=municipality]").text()).isEqualTo("Municipio");
		assertThat(field.selectFirst("option[selected]").text()).isEqualTo("San José de Cúcuta (Norte de Santander)");
		assertThat(field.select("option").eachAttr("value")).contains("", "08001", "05001", "47001")
			.doesNotContain("91001", "99773");
		assertThat(html.select(".activity-card__title a").eachText()).contains("Juntos Aprendemos");
		assertThat(html.text()).doesNotContain("Ningún municipio").doesNotContain("Todavía no hay actividades");
	}

	@Test
	void saysSoWhenTheMunicipalityHasNoActivityYet() throws Exception {
		Document html = page("/activities?municipality=99773");
		assertThat(html.selectFirst("select#municipality option[selected]").attr("value")).isEqualTo("99773");
		assertThat(html.select(".activity-card")).isEmpty();
		assertThat(html.select("p.notice").eachText()).contains("Todavía no hay actividades en Cumaribo.");
		assertThat(page("/activities?municipality=99773&lang=en").select("p.notice").eachText())
			.contains("There are no activities in Cumaribo yet.");
	}

	@Test
	void explainsAnUnknownCodeInsteadOfFailing() throws Exception {
		for (String code : new String[] { "99999", "Cúcuta", "5400" }) {
			Document html = page("/activities?municipality=" + code);
			assertThat(html.select(".activity-card")).isEmpty();
			assertThat(html.getElementById("municipality-unknown").text())
				.startsWith("Ningún municipio tiene el código «" + code + "»");
			assertThat(html.select("select#municipality option[selected]").eachAttr("value")).isEmpty();
		}
		assertThat(page("/activities?municipality=99999&lang=en").getElementById("municipality-unknown").text())
			.startsWith("No municipality has the code “99999”.");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void addsTheMunicipalityPickedInTheSearchableField() throws Exception {
		this.mvc.perform(get("/admin/activities/new"))
			.andExpect(content().string(allOf(containsString("list=\"municipality-names\""),
					containsString("<option value=\"54498 Oca"), containsString(">Norte de Santander</option>"))));
		String title = "Aulas en Ocaña " + UUID.randomUUID().toString().substring(0, 6);
		String location = this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), title)
				.param("addMunicipality", "54498 Ocaña"))
			.andExpect(redirectedUrlPattern("/admin/activities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String slug = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(get("/activities?municipality=54498")).andExpect(ActivityPagesTests.lists(slug));
		this.mvc.perform(get("/activities?municipality=27001")).andExpect(ActivityPagesTests.lists(slug));
	}

	@Test
	void refusesAPlaceThatIsNoMunicipality() throws Exception {
		this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "Lugar inexistente")
				.param("addMunicipality", "54999 Ninguna"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "addMunicipality", "Invalid"))
			.andExpect(content().string(containsString("«54999 Ninguna» no es un municipio conocido")));
		this.mvc.perform(
				ActivityAdminTests.activityForm(post("/admin/activities/new"), "Lugar inexistente").with((request) -> {
					request.setParameter("cities", "27999 Ninguna");
					return request;
				}))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "cities", "Invalid"));
	}

}
