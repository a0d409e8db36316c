package co.gov.mineducacion.cooperation.activity;

import java.util.Map;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An accepted offer becomes a public activity: its fields carried over into the form,
 * never the submitter's personal data, and the offer's page then links to the activity.
 */
@PortalTest
@WithStaff
class OfferConversionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferReviewService review;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void turnsAnAcceptedOfferIntoAPublicActivityThatTheOfferLinksTo() throws Exception {
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of("title", "Mediadores de lectura en Leticia"));
		AcceptedOfferFixtures.accept(this.review, code);
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(containsString("href=\"/admin/activities/new?offer=" + code + "\"")));

		ActivityForm form = (ActivityForm) this.mvc.perform(get("/admin/activities/new").param("offer", code))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mediadores de lectura en Leticia"),
					containsString("Bibliotecas itinerantes"), containsString("2027-02-01"),
					containsString("value=\"" + code + "\""), not(containsString("Rosalba")),
					not(containsString("311 555 0199")), not(containsString("899999001")))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("activityForm");
		assertThat(form.getImplementers()).isEqualTo("Fundación Horizonte Educativo");
		assertThat(form.getFunders()).isNull();
		assertThat(form.getContactName()).isNull();
		assertThat(form.getContactEmail()).isNull();
		assertThat(form.getStrategicProjects()).containsExactly("PBM-CAL-04");
		assertThat(form.getDepartments()).containsExactly("91");

		String slug = this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "Mediadores de lectura en Leticia")
				.param("offer", code))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/admin/activities/", "");
		assertThat(
				this.jdbc.queryForObject("SELECT source_offer_code FROM activity WHERE slug = ?", String.class, slug))
			.isEqualTo(code);

		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("href=\"/activities/" + slug + "\""),
					not(containsString("/admin/activities/new?offer=")))));
		this.mvc.perform(get("/activities/" + slug))
			.andExpect(content()
				.string(allOf(containsString("Mediadores de lectura en Leticia"), not(containsString("Rosalba")))));
	}

	@Test
	void sendsASecondConversionToTheActivityAlreadyPublished() throws Exception {
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of());
		AcceptedOfferFixtures.accept(this.review, code);
		this.mvc.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "Primera publicación")
			.param("offer", code));
		String slug = this.jdbc.queryForObject("SELECT slug FROM activity WHERE source_offer_code = ?", String.class,
				code);
		this.mvc.perform(get("/admin/activities/new").param("offer", code))
			.andExpect(redirectedUrl("/admin/activities/" + slug));
		this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "Segunda publicación")
				.param("offer", code))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM activity WHERE source_offer_code = ?", Integer.class,
				code))
			.isEqualTo(1);
	}

	@Test
	void refusesToPublishAnOfferThatIsNotAccepted() throws Exception {
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of());
		this.mvc.perform(get("/admin/activities/new").param("offer", code)).andExpect(status().isNotFound());
		this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "No aceptada").param("offer", code))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(not(containsString("/admin/activities/new?offer="))));
		this.mvc.perform(get("/admin/activities/new").param("offer", "CO-2026-0000-0000").with(csrf()))
			.andExpect(status().isNotFound());
	}

}
