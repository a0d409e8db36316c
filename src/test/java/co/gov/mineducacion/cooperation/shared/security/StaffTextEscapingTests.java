package co.gov.mineducacion.cooperation.shared.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static co.gov.mineducacion.cooperation.shared.security.Payloads.LONG;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.SHORT;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertInert;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.assertShownAsText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff type into the catalogue, the activities and the contact channels (through
 * the real admin forms) reaches every public page, admin page and open-data file as text:
 * script tags, event handlers, {@code javascript:} links, SVG, encoded scripts and
 * expression-looking text never run, and a {@code javascript:} address never becomes a
 * link.
 */
@PortalTest
@WithAdmin
class StaffTextEscapingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	private Map<String, Object> actionType;

	@AfterEach
	void putTheCatalogueBack() {
		this.jdbc.update("UPDATE strategic_project SET retired = TRUE WHERE code LIKE 'T-XSS-%'");
		// Nothing refers to a channel: remove it, so that tests reading every channel,
		// retired
		// ones included, find the seed's alone.
		this.jdbc.update("DELETE FROM contact_channel WHERE code LIKE 'T_XSS_%'");
		if (this.actionType != null) {
			this.jdbc.update(
					"UPDATE action_type SET short_name_es = ?, short_name_en = ?, text_es = ?, text_en = ? "
							+ "WHERE code = 'A05'",
					this.actionType.get("short_name_es"), this.actionType.get("short_name_en"),
					this.actionType.get("text_es"), this.actionType.get("text_en"));
		}
		Caches.clearAll(this.caches);
	}

	@Test
	void aProjectsNameAndObjectiveAreTextOnEveryPageAndInTheOpenData() throws Exception {
		String code = "T-XSS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.mvc
			.perform(post("/admin/catalog/projects/new").param("code", code)
				.param("level", "HIGHER_EDUCATION")
				.param("axis", "QUALITY")
				.param("nameEs", SHORT + " es")
				.param("nameEn", SHORT + " en")
				.param("objectiveEs", LONG)
				.param("objectiveEn", LONG)
				.param("actionTypes", "A05")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		for (String language : new String[] { "es", "en" }) {
			String project = page("/strategic-projects/" + code, language);
			assertShownAsText("project page", project, SHORT + " " + language);
			assertShownAsText("project page", project, LONG);
			assertShownAsText("project list", page("/strategic-projects", language), SHORT + " " + language);
			assertShownAsText("offer form", page("/offers/new", language), SHORT + " " + language);
		}
		assertShownAsText("offer review", body(this.mvc.perform(offerReview(code)).andReturn().getResponse()),
				SHORT + " es");
		assertShownAsText("admin list", page("/admin/catalog/projects", "es"), SHORT + " es");
		String form = page("/admin/catalog/projects/" + code, "es");
		assertShownAsText("admin form", form, SHORT + " en");
		assertShownAsText("admin form", form, LONG);
		assertThat(csvFields("/open-data/strategic-projects.csv")).contains(SHORT + " es");
	}

	@Test
	void anActivitysTextIsTextOnItsPagesTheMapAndInTheOpenDataFiles() throws Exception {
		String slug = createActivity();
		this.mvc
			.perform(post("/admin/activities/" + slug + "/targets").param("indicatorEs", SHORT + " meta")
				.param("indicatorEn", SHORT + " target")
				.param("targetValue", "100")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/activities/" + slug + "/milestones").param("reachedOn", "2025-09-15")
				.param("textEs", SHORT + " hito")
				.param("textEn", SHORT + " milestone")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String detail = page("/activities/" + slug, "es");
		for (String text : new String[] { SHORT + " título", SHORT + " financiador", SHORT + " contacto",
				SHORT + " documento", SHORT + " meta", "\"<svg/onload=alert(1)>\"@example.org" }) {
			assertShownAsText("activity page", detail, text);
		}
		assertShownAsText("activity page", detail, LONG);
		assertShownAsText("activity page (en)", page("/activities/" + slug, "en"), SHORT + " title");
		assertShownAsText("activity list", page("/activities", "es"), SHORT + " título");
		assertInert("territory", page("/territory", "es"));
		assertShownAsText("admin list", page("/admin/activities", "es"), SHORT + " título");
		assertShownAsText("admin page", page("/admin/activities/" + slug, "es"), SHORT + " hito");
		assertShownAsText("admin form", page("/admin/activities/" + slug + "/edit", "es"), LONG);

		assertThat(csvFields("/open-data/activities.csv")).contains(SHORT + " título");
		String json = download("/open-data/activities.json");
		assertThat(json).doesNotContain("pwned");
		assertThat(JsonMapper.builder().build().readTree(json).findValues("es"))
			.anySatisfy((title) -> assertThat(title.asString()).isEqualTo(SHORT + " título"));
		var iati = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(
					download("/open-data/iati-activities.xml").getBytes(StandardCharsets.UTF_8)));
		assertThat(iati.getDocumentElement().getTextContent()).contains(SHORT + " título", LONG);
	}

	@Test
	void refusesAnythingButAWebAddressAsAnActivitysDocumentLink() throws Exception {
		for (String link : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
				"data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x.pdf",
				"https://x.example/\"onmouseover=\"alert(1)" }) {
			String html = body(this.mvc
				.perform(activityForm(post("/admin/activities/new"), "Enlace " + link).param("funders", "Fundación")
					.param("links", link + " Informe"))
				.andExpect(model().attributeHasFieldErrorCode("activityForm", "links", "Invalid"))
				.andReturn()
				.getResponse());
			assertInert("activity form with " + link, html);
		}
	}

	@Test
	void aContactChannelsTextIsTextInTheFooterAndOnTheContactPagesAndNeverALink() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String email = "\"<svg/onload=alert(1)>javascript:alert(2)\"@example.org";
		channel("T_XSS_M" + suffix, "EMAIL", email);
		channel("T_XSS_A" + suffix, "MAILING_ADDRESS", SHORT + " calle");

		for (String path : new String[] { "/", "/contact", "/strategic-projects", "/admin/contact-channels" }) {
			String html = page(path, "es");
			assertShownAsText(path, html, SHORT + " calle");
			assertShownAsText(path, html, email);
			assertThat(html).as(path).doesNotContainPattern("href=\"(?!mailto:|tel:|/|#|https?:)[^\"]*" + suffix);
		}
		assertShownAsText("admin form", page("/admin/contact-channels/T_XSS_A" + suffix, "es"), SHORT + " calle");
	}

	@Test
	void aWayToCooperatesNamesAreTextOnThePublicPagesAndTheOfferForm() throws Exception {
		this.actionType = this.jdbc
			.queryForMap("SELECT short_name_es, short_name_en, text_es, text_en, version FROM action_type WHERE code = "
					+ "'A05'");
		this.mvc
			.perform(post("/admin/catalog/action-types/A05").param("shortNameEs", SHORT + " forma")
				.param("shortNameEn", SHORT + " way")
				.param("textEs", LONG)
				.param("textEn", LONG)
				.param("version", this.actionType.get("version").toString())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertShownAsText("how to cooperate", page("/how-to-cooperate", "es"), LONG);
		assertShownAsText("how to cooperate (en)", page("/how-to-cooperate", "en"), SHORT + " way");
		assertShownAsText("offer form", page("/offers/new", "es"), SHORT + " forma");
		assertShownAsText("project page", page("/strategic-projects/SUP-PER-03", "es"), SHORT + " forma");
		assertShownAsText("admin list", page("/admin/catalog/action-types", "es"), SHORT + " forma");
	}

	private String createActivity() throws Exception {
		String location = this.mvc
			.perform(activityForm(post("/admin/activities/new"), SHORT + " título").param("titleEn", SHORT + " title")
				.param("descriptionEs", LONG)
				.param("descriptionEn", LONG)
				.param("funders", SHORT + " financiador")
				.param("partners", SHORT + " socio")
				.param("cities", "27001 " + SHORT + " ciudad")
				.param("links", "https://www.mineducacion.gov.co/informe.pdf " + SHORT + " documento")
				.param("contactName", SHORT + " contacto")
				.param("contactDepartmentEs", SHORT + " área")
				.param("contactDepartmentEn", SHORT + " unit")
				.param("contactEmail", "\"<svg/onload=alert(1)>\"@example.org")
				.param("contactPhone", "\"'><svg onload=alert(1)>"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static MockHttpServletRequestBuilder activityForm(MockHttpServletRequestBuilder request, String title) {
		return request.with(csrf())
			.param("titleEs", title)
			.param("titleEn", title)
			.param("descriptionEs", "Texto.")
			.param("descriptionEn", "Text.")
			.param("start", "2025-01")
			.param("end", "2027-12")
			.param("departments", "91")
			.param("strategicProjects", "PBM-CAL-04")
			.param("actionTypes", "A06")
			.param("sectors", "11130");
	}

	private void channel(String code, String kind, String value) throws Exception {
		this.mvc
			.perform(post("/admin/contact-channels/new").param("code", code)
				.param("unit", "COOPERATION_OFFICE")
				.param("kind", kind)
				.param("labelEs", SHORT + " etiqueta")
				.param("labelEn", SHORT + " label")
				.param("value", value)
				.param("position", "95")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder offerReview(String project) {
		MockHttpServletRequestBuilder review = post("/offers").param("step", "review")
			.param("formToken", UUID.randomUUID().toString())
			.param("organizationName", "Fundación Prueba")
			.param("sector", "NGO")
			.param("country", "ES")
			.param("contactName", "Ana")
			.param("contactEmail", "xss+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
			.param("preferredLanguage", "es")
			.param("title", "Becas")
			.param("description", "Becas para docentes")
			.param("actionTypes", "A05")
			.param("strategicProjects", project)
			.param("consent", "true")
			.with(csrf());
		return review.with((request) -> {
			request.setRemoteAddr("10.240.1." + (project.hashCode() & 127));
			return request;
		});
	}

	private String page(String path, String language) throws Exception {
		return body(this.mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
	}

	private String download(String path) throws Exception {
		return body(this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse());
	}

	/**
	 * Every field of a CSV file, as a spreadsheet reads it.
	 */
	private List<String> csvFields(String path) throws Exception {
		try (CSVParser csv = CSVFormat.RFC4180.parse(new StringReader(download(path)))) {
			return csv.stream().flatMap(CSVRecord::stream).toList();
		}
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
