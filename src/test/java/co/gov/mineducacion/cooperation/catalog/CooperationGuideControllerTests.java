package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CooperationGuideControllerTests {

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
	void listsTheThirteenWaysToCooperateWithTheSeedsFullText() throws Exception {
		this.mvc.perform(get("/how-to-cooperate?lang=en"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("actionTypes", hasSize(13)))
			.andExpect(content().string(allOf(
					containsString("Lend their facilities for practice, workshops and research."),
					containsString("Provide own financial resources or the ability to make others finance local "
							+ "education projects or have significant experiences that contribute to fostering good "
							+ "practices within the sector."))));
	}

	@Test
	void linksEveryWayToTheOfferFormWithItPreselected() throws Exception {
		this.mvc.perform(get("/how-to-cooperate"))
			.andExpect(content().string(allOf(containsString("href=\"/offers/new?action=A01\""),
					containsString("href=\"/offers/new?action=A13\""),
					containsString("Facilitar sus instalaciones para prácticas, talleres e investigación."))));
	}

	@Test
	void describesTheFiveKindsOfCooperators() throws Exception {
		this.mvc.perform(get("/who-may-cooperate?lang=en"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("sectors", hasSize(5)))
			.andExpect(content().string(allOf(containsString("Multilateral organizations"),
					containsString(
							"The Ministry will only advise on projects related to the National Education policy."),
					containsString("Corporate Social Responsibility is a business vision"))));
	}

}
