package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The public activity pages with the seeded Together we Learn, in both languages. Its end
 * (February 2026) is past, so it shows as finished with the real clock;
 * {@link ActivityStatusOnTheDayTests} moves the clock across that end.
 */
@PortalTest
class ActivityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	/**
	 * Some tests read the view Spring MVC chose, which a page sent from the page cache
	 * has not.
	 */
	@BeforeEach
	void renderEachPage() {
		Caches.clearAll(this.caches);
	}

	@Test
	void showsTogetherWeLearnInSpanishWithNumbersFormattedForSpanish() throws Exception {
		page("/activities/together-we-learn").andExpect(status().isOk())
			.andExpect(view().name("activity/detail"))
			.andExpect(content().string(allOf(containsString("<h1>Juntos Aprendemos</h1>"),
					containsString("Finalizada"), containsString("febrero de 2021"), containsString("febrero de 2026"),
					containsString("Niñas, niños y adolescentes de 3 a 17 años"), containsString("142.000"),
					containsString("16.000"), containsString("14.000"), containsString(">400<"), containsString(">7<"),
					containsString("Niñas, niños y adolescentes beneficiados"),
					containsString("Secretarías de Educación fortalecidas"))));
	}

	@Test
	void showsTogetherWeLearnInEnglishWithNumbersFormattedForEnglish() throws Exception {
		page("/activities/together-we-learn?lang=en")
			.andExpect(content().string(allOf(containsString("<h1>Together we Learn</h1>"), containsString("Finished"),
					containsString("February 2021"), containsString("February 2026"),
					containsString("Children and adolescents aged 3 to 17"), containsString("142,000"),
					containsString("16,000"), containsString("14,000"),
					containsString("Children and adolescents benefited"),
					containsString("Educational centers partnered"),
					containsString("Secretaries of Education strengthened"), containsString("Educators reached"),
					containsString("Parents and caregivers reached"),
					containsString("areas with large populations of Venezuelan migrants"))));
	}

	@Test
	void namesTheNineCitiesWithTheirDepartmentsAndThePartners() throws Exception {
		page("/activities/together-we-learn").andExpect(content().string(allOf(containsString("Barranquilla"),
				containsString("08001"), containsString("Atlántico"), containsString("Bogotá"), containsString("11001"),
				containsString("Bucaramanga"), containsString("68001"), containsString("Cali"), containsString("76001"),
				containsString("Valle del Cauca"), containsString("Cartagena"), containsString("13001"),
				containsString("Cúcuta"), containsString("54001"), containsString("Norte de Santander"),
				containsString("Medellín"), containsString("05001"), containsString("Riohacha"),
				containsString("44001"), containsString("La Guajira"), containsString("Santa Marta"),
				containsString("47001"), containsString("Magdalena"), containsString("Fundación Carvajal"),
				containsString("Pro-Antioquia"), containsString("Parque Explora"), containsString("Socios locales"),
				containsString("Juan Mahecha Martín"), containsString("Cooperación Internacional"))));
	}

	@Test
	void saysTheFunderIsNotPublishedInsteadOfInventingOne() throws Exception {
		page("/activities/together-we-learn?lang=en")
			.andExpect(content().string(matchesPattern("(?s).*<dt>Funder</dt>\\s*<dd>Not published</dd>.*")));
	}

	@Test
	void listsTheActivityInBothLanguages() throws Exception {
		page("/activities").andExpect(status().isOk())
			.andExpect(view().name("activity/list"))
			.andExpect(content().string(allOf(containsString("href=\"/activities/together-we-learn\""),
					containsString("Juntos Aprendemos"), containsString("febrero de 2021 – febrero de 2026"))));
		page("/activities?lang=en").andExpect(content()
			.string(allOf(containsString("Together we Learn"), containsString("February 2021 – February 2026"))));
	}

	@Test
	void filtersByStatusDepartmentAndText() throws Exception {
		page("/activities?status=FINISHED").andExpect(lists("together-we-learn"));
		page("/activities?status=UNDER_WAY").andExpect(listsNot("together-we-learn"));
		page("/activities?department=47").andExpect(lists("together-we-learn"));
		page("/activities?department=91").andExpect(listsNot("together-we-learn"));
		for (String words : new String[] { "migrantes retornados", "venezuelan MIGRANTS", "carvajal", "cucuta" }) {
			page("/activities?q=" + words).andExpect(lists("together-we-learn"));
		}
		page("/activities?q=astronautas").andExpect(content().string(containsString("Ninguna actividad coincide")));
	}

	@Test
	void ignoresAnUnknownStatusInsteadOfFailing() throws Exception {
		page("/activities?status=%3Cscript%3E").andExpect(status().isOk()).andExpect(lists("together-we-learn"));
	}

	@Test
	void answersAnUnknownActivityWithTheNotFoundPage() throws Exception {
		page("/activities/no-such-activity").andExpect(status().isNotFound());
	}

	@Test
	void linksActivitiesMapAndOpenDataFromEveryPage() throws Exception {
		page("/").andExpect(content().string(allOf(containsString("href=\"/activities\""),
				containsString("href=\"/territory\""), containsString("href=\"/open-data\""))));
	}

	private ResultActions page(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML));
	}

	/**
	 * The list names the activity: read from the page, which may come from the page cache
	 * without a model.
	 */
	static ResultMatcher lists(String slug) {
		return (result) -> assertThat(listed(result)).contains(slug);
	}

	static ResultMatcher listsNot(String slug) {
		return (result) -> assertThat(listed(result)).doesNotContain(slug);
	}

	private static List<String> listed(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString())
			.select(".activity-card__title a")
			.eachAttr("href")
			.stream()
			.map((href) -> href.substring(href.lastIndexOf('/') + 1))
			.toList();
	}

}
