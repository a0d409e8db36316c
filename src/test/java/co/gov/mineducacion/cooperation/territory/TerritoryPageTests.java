package co.gov.mineducacion.cooperation.territory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	private static final Pattern COUNT = Pattern.compile("class=\"result-count\" role=\"status\">(\\d+|Ninguna) activ");

	@Autowired
	MockMvc mvc;

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
		assertThat(html.split("<th scope=\"row\">", -1)).hasSize(34);
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

	private long listed(String path) throws Exception {
		Matcher count = COUNT.matcher(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(count.find()).as(path).isTrue();
		return "Ninguna".equals(count.group(1)) ? 0 : Long.parseLong(count.group(1));
	}

}
