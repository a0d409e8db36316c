package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class StrategicProjectControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	/**
	 * These tests read what the controller hands to its view: no page rendered earlier
	 * may answer for it.
	 */
	@BeforeEach
	void forgetRenderedPages() {
		Caches.clearAll(this.caches);
	}

	@Test
	void listsEveryKnownProjectGroupedByLevelWithItsCount() throws Exception {
		list("").andExpect(status().isOk())
			.andExpect(view().name("catalog/projects"))
			.andExpect(projectCount(28))
			.andExpect(content()
				.string(allOf(containsString("28 proyectos"), containsString("Educación preescolar, básica y media"),
						containsString("Educación superior"), containsString("Gestión del sector educativo"),
						containsString("href=\"/strategic-projects/PBM-COB-01\""))));
	}

	@Test
	void quotesTheMinistrysThirtyTwoWithoutClaimingToListThem() throws Exception {
		list("").andExpect(content().string(containsString("ha definido 32 proyectos estratégicos")))
			.andExpect(content().string(not(containsString("32 proyectos</p>"))));
	}

	@Test
	void filtersByLevel() throws Exception {
		list("?level=HIGHER_EDUCATION").andExpect(projectCount(10))
			.andExpect(content().string(not(containsString("PBM-COB-01"))));
	}

	@Test
	void filtersByLevelAndAxis() throws Exception {
		list("?level=PRESCHOOL_BASIC_SECONDARY&axis=QUALITY").andExpect(projectCount(5))
			.andExpect(content().string(containsString("5 proyectos")));
	}

	@Test
	void findsTheSameProjectBySpanishOrEnglishWordsWithOrWithoutAccents() throws Exception {
		for (String query : new String[] { "bilingüismo", "bilingualism", "BILINGUISMO" }) {
			list("?q=" + query).andExpect(projectCount(1)).andExpect(content().string(containsString("SUP-PER-03")));
		}
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		list("?q=astronautas").andExpect(content().string(containsString("Ningún proyecto coincide")));
		list("?q=astronauts&lang=en").andExpect(content().string(containsString("No project matches")));
	}

	@Test
	void ignoresAnUnknownLevelInsteadOfFailing() throws Exception {
		list("?level=NOT_A_LEVEL&axis=%3Cscript%3E").andExpect(status().isOk()).andExpect(projectCount(28));
	}

	@Test
	void keepsTheTypedSearchInTheForm() throws Exception {
		this.mvc.perform(get("/strategic-projects").param("q", "<b>calidad"))
			.andExpect(content().string(containsString("value=\"&lt;b&gt;calidad\"")));
	}

	@Test
	void showsAProjectWithItsObjectiveAndTheOfferCallToAction() throws Exception {
		this.mvc.perform(get("/strategic-projects/PBM-COB-01").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Acceso de la población vulnerable al sistema educativo"),
					containsString("Brindar a la población más vulnerable oportunidades"),
					containsString("href=\"/offers/new?project=PBM-COB-01\""),
					containsString("href=\"/offers/new?project=PBM-COB-01&amp;action=A09\""))));
	}

	@Test
	void saysWhenAProjectsObjectiveIsNotPublishedYet() throws Exception {
		this.mvc.perform(get("/strategic-projects/SUP-PER-03?lang=en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Promoting bilingualism in higher education"),
					containsString("objective has not been published yet"))));
	}

	@Test
	void answersAnUnknownCodeWithTheFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/strategic-projects/XXX-99").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private static ResultMatcher projectCount(int expected) {
		return (result) -> assertThat(((ProjectListing) result.getModelAndView().getModel().get("listing")).count())
			.isEqualTo(expected);
	}

	private ResultActions list(String query) throws Exception {
		return this.mvc.perform(get("/strategic-projects" + query).accept(MediaType.TEXT_HTML));
	}

}
