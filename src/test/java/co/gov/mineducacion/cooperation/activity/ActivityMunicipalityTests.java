package co.gov.mineducacion.cooperation.activity;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
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
