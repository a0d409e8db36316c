package co.gov.mineducacion.cooperation.territory;

import java.util.List;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.ListedActivities;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class TerritoryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	/**
	 * These tests read the page's model and view, which a page sent from the page cache
	 * has not: each starts with the map rendered.
	 */
	@BeforeEach
	void renderEachPage() {
		Caches.clearAll(this.caches);
	}

	@Test
	void drawsEveryDepartmentAsALinkToItsActivitiesWithATableBeside() throws Exception {
		String html = this.mvc.perform(get("/territory"))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/map"))
			.andExpect(content().string(allOf(containsString("<svg"), containsString("role=\"group\""),
					containsString("aria-labelledby=\"map-caption\""), containsString("<table class=\"data-table\">"),
					containsString("href=\"/activities?department=08\""), containsString("aria-label=\"Atlántico: "),
					containsString("Archipiélago de San Andrés"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("class=\"map__department ", -1)).hasSize(34);
		String departmentTable = html.substring(html.indexOf("<table class=\"data-table\">"), html.indexOf("</table>"));
		assertThat(departmentTable.split("<th scope=\"row\">", -1)).hasSize(34);
		assertThat(html).doesNotContain("<title>Atl").doesNotContain("style=");
	}

	@Test
	void countsEachDepartmentAsTheFilteredListDoes() throws Exception {
		TerritoryPage page = (TerritoryPage) this.mvc.perform(get("/territory"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("territory");
		assertThat(page.departments()).hasSize(33);
		for (TerritoryPage.Department department : page.departments()) {
			assertThat(listed("/activities?department=" + department.code())).as(department.name())
				.isEqualTo(department.figures().activities());
			assertThat(listed("/activities?status=UNDER_WAY&department=" + department.code())).as(department.name())
				.isEqualTo(department.figures().activitiesUnderWay());
		}
		assertThat(page.departments()).filteredOn((d) -> d.code().equals("47"))
			.singleElement()
			.satisfies((d) -> assertThat(d.figures().activities()).isPositive());
	}

	@Test
	void speaksEnglishToo() throws Exception {
		this.mvc.perform(get("/territory?lang=en"))
			.andExpect(content().string(allOf(containsString("Cooperation in the territory"),
					containsString("aria-label=\"Magdalena: "), containsString("Activities under way"))));
	}

	@Test
	void listsEachDepartmentsMunicipalitiesWithActivityUnderItsAnchor() throws Exception {
		Document html = Jsoup.parse(this.mvc.perform(get("/territory")).andReturn().getResponse().getContentAsString());
		Element northSantander = html.getElementById("department-54");
		assertThat(northSantander).isNotNull();
		assertThat(northSantander.select("h3").text()).isEqualTo("Norte de Santander");
		Element cucuta = northSantander.select("tbody tr")
			.stream()
			.filter((row) -> row.text().contains("San José de Cúcuta"))
			.findFirst()
			.orElseThrow();
		assertThat(cucuta.select("td").first().text()).isEqualTo("54001");
		assertThat(cucuta.select("a").eachAttr("href")).containsOnly("/activities?municipality=54001");
		assertThat(html.getElementById("department-05").text()).contains("Medellín", "05001");
		assertThat(html.getElementById("department-91")).as("Amazonas has no activity").isNull();
	}

	@Test
	void countsEachMunicipalityAsTheFilteredListDoes() throws Exception {
		TerritoryPage page = (TerritoryPage) this.mvc.perform(get("/territory?show=ALL"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("territory");
		List<TerritoryPage.Place> places = page.departments()
			.stream()
			.flatMap((d) -> d.municipalities().stream())
			.toList();
		assertThat(places).extracting((p) -> p.municipality().code())
			.contains("08001", "11001", "68001", "76001", "13001", "54001", "05001", "44001", "47001");
		assertThat(page.seats()).hasSameSizeAs(places);
		for (TerritoryPage.Place place : places) {
			ActiveMunicipality m = place.municipality();
			assertThat(listed("/activities?municipality=" + m.code())).as(m.name()).isEqualTo(m.activities());
			assertThat(listed("/activities?status=UNDER_WAY&municipality=" + m.code())).as(m.name())
				.isEqualTo(m.activitiesUnderWay());
		}
	}

	@Test
	void drawsTheSeatsOfMunicipalitiesWithActivityAsNamedLinksOverTheShading() throws Exception {
		for (String query : new String[] { "?show=ALL", "?show=ALL&lang=en" }) {
			Document html = Jsoup
				.parse(this.mvc.perform(get("/territory" + query)).andReturn().getResponse().getContentAsString());
			Element svg = html.selectFirst("svg.map");
			Element cucuta = svg.selectFirst("a.map__seat[data-municipality=54001]");
			assertThat(cucuta.attr("href")).isEqualTo("/activities?municipality=54001");
			assertThat(cucuta.attr("aria-label")).startsWith("San José de Cúcuta (Norte de Santander): ")
				.isEqualTo(cucuta.selectFirst("title").text());
			assertThat(svg.children().last().hasClass("map__seats")).as("seats drawn over the departments").isTrue();
			String[] box = svg.attr("viewBox").split(" ");
			for (Element seat : svg.select("a.map__seat circle")) {
				assertThat(Double.parseDouble(seat.attr("cx"))).isBetween(0.0, Double.parseDouble(box[2]));
				assertThat(Double.parseDouble(seat.attr("cy"))).isBetween(0.0, Double.parseDouble(box[3]));
			}
			assertThat(svg.select("a.map__seat")).hasSizeGreaterThanOrEqualTo(9)
				.allSatisfy((seat) -> assertThat(seat.attr("aria-label")).isNotBlank());
		}
	}

	private long listed(String path) throws Exception {
		return ListedActivities.count(this.mvc, path);
	}

}
