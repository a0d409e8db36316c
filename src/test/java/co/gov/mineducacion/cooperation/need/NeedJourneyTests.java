package co.gov.mineducacion.cooperation.need;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff publish needs; the public lists the open ones with their filters and progress and
 * offers cooperation for one; the office sees the offers and needs that fit each other;
 * open data publishes every need.
 */
@PortalTest
@WithStaff
class NeedJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfferReviewService review;

	@Test
	void publishesANeedThatTheListAndItsPageShowWithTheWayToOffer() throws Exception {
		String title = "Tutores publicados " + token();
		String slug = NeedFixtures.publish(this.mvc, NeedFixtures.tutorsInChoco(title));
		Document list = page("/needs");
		assertThat(list.select("main h2 a").eachText()).contains(title);
		Document need = page("/needs/" + slug);
		assertThat(need.select("h1").text()).isEqualTo(title);
		assertThat(need.select("main").text()).contains("Quibdó", "20 tutores", "Abierta", "31 de diciembre de 2027");
		assertThat(need.select("a.button").attr("href")).isEqualTo("/offers/new?need=" + slug);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND target = ?",
				Long.class, "need.published", slug))
			.isEqualTo(1);
	}

	@Test
	void filtersTheListByProjectDepartmentWayToCooperateAndText() throws Exception {
		String word = token();
		String slug = NeedFixtures.publish(this.mvc, NeedFixtures.tutorsInChoco("Tutores filtrados " + word));
		assertThat(listed("/needs?project=PBM-CAL-04")).contains(slug);
		assertThat(listed("/needs?project=SUP-PER-03")).doesNotContain(slug);
		assertThat(listed("/needs?department=27")).contains(slug);
		assertThat(listed("/needs?department=05")).doesNotContain(slug);
		assertThat(listed("/needs?action=A05")).contains(slug);
		assertThat(listed("/needs?action=A01")).doesNotContain(slug);
		assertThat(listed("/needs?q=" + word)).containsExactly(slug);
		assertThat(listed("/needs?q=" + word + "x")).isEmpty();
	}

	@Test
	void leavesClosedNeedsOffTheListAndRefusesOffersForThem() throws Exception {
		Map<String, String> fields = NeedFixtures.tutorsInChoco("Tutores cerrados " + token());
		String slug = NeedFixtures.publish(this.mvc, fields);
		fields.put("status", "CLOSED");
		fields.put("version", String.valueOf(version(slug)));
		this.mvc.perform(NeedFixtures.form(post("/admin/needs/" + slug + "/edit"), fields))
			.andExpect(status().is3xxRedirection());
		assertThat(listed("/needs")).doesNotContain(slug);
		assertThat(page("/needs/" + slug).select("a.button")).isEmpty();
		this.mvc.perform(post("/offers").with(csrf()).param("need", slug).param("step", "review"))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "need", "NotOpen"));
	}

	@Test
	void preselectsTheNeedItsProjectAndWaysAndStoresTheOfferWithIt() throws Exception {
		String title = "Tutores ofrecidos " + token();
		String slug = NeedFixtures.publish(this.mvc, NeedFixtures.tutorsInChoco(title));
		Document form = page("/offers/new?need=" + slug);
		assertThat(form.select("input[name=need]").val()).isEqualTo(slug);
		assertThat(form.select("#need").text()).contains(title);
		assertThat(form.select("input[name=actionTypes][checked]").eachAttr("value")).containsExactly("A05", "A06");
		assertThat(form.select("input[name=strategicProjects][checked]").eachAttr("value"))
			.containsExactly("PBM-CAL-04");
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of("need", slug));
		assertThat(this.jdbc.queryForObject("SELECT need_slug FROM offer WHERE tracking_code = ?", String.class, code))
			.isEqualTo(slug);
		assertThat(page("/admin/offers/" + code).select("#offer-needs-title + p").text())
			.isEqualTo("Esta oferta responde a la necesidad " + title);
		assertThat(page("/admin/needs/" + slug).select("#naming-title + ul li").text())
			.contains("Laboratorios de lectura en el Amazonas", "Recibida");
	}

	@Test
	void countsAcceptedOffersAndLinkedActivitiesTowardsTheNeed() throws Exception {
		Map<String, String> fields = NeedFixtures.tutorsInChoco("Tutores contados " + token());
		fields.put("activities", "together-we-learn");
		String slug = NeedFixtures.publish(this.mvc, fields);
		AcceptedOfferFixtures.file(this.mvc, Map.of("need", slug));
		AcceptedOfferFixtures.accept(this.review, AcceptedOfferFixtures.file(this.mvc, Map.of("need", slug)));
		Document need = page("/needs/" + slug);
		assertThat(need.select("progress").attr("value")).isEqualTo("10");
		assertThat(need.select("progress").attr("max")).isEqualTo("100");
		assertThat(need.select(".need-progress__text").text()).isEqualTo("2 tutores de 20 tutores (10 %)");
		assertThat(need.select(".need-progress .hint").text())
			.isEqualTo("Se cuentan: 1 oferta aceptada y 1 actividad.");
		assertThat(need.select("#need-activities-title + ul a").attr("href"))
			.isEqualTo("/activities/together-we-learn");
	}

	@Test
	void sumsTheAcceptedValuesInTheNeedsCurrencyOnly() throws Exception {
		Map<String, String> fields = NeedFixtures.tutorsInChoco("Fondos para bibliotecas " + token());
		fields.remove("quantity");
		fields.remove("unitEs");
		fields.remove("unitEn");
		fields.put("soughtKind", "AMOUNT");
		fields.put("amount", "10000000.00");
		fields.put("currency", "COP");
		String slug = NeedFixtures.publish(this.mvc, fields);
		AcceptedOfferFixtures.accept(this.review, AcceptedOfferFixtures.file(this.mvc,
				Map.of("need", slug, "estimatedValue", "2500000", "currency", "COP")));
		AcceptedOfferFixtures.accept(this.review, AcceptedOfferFixtures.file(this.mvc,
				Map.of("need", slug, "estimatedValue", "1000", "currency", "USD")));
		Document need = page("/needs/" + slug);
		assertThat(need.select(".need-progress__text").text()).isEqualTo("$ 2.500.000 de $ 10.000.000 (25 %)");
	}

	@Test
	void matchesOffersAndNeedsBothWaysAndSaysWhy() throws Exception {
		String word = token();
		Map<String, String> fields = NeedFixtures.tutorsInChoco("Tutores emparejados " + word);
		fields.put("dueDate", "2027-01-15");
		String slug = NeedFixtures.publish(this.mvc, fields);
		String code = AcceptedOfferFixtures.file(this.mvc,
				Map.of("title", "Tutores de lectura " + word, "departments", "27", "actionTypes", "A06"));
		Document offer = page("/admin/offers/" + code);
		assertThat(offer.select("#offer-needs-title ~ ol li").first().text()).startsWith("Tutores emparejados " + word)
			.matches(".*mismo proyecto, mismo departamento, 1 forma de cooperar en común, \\d+ palabras en común");
		Document need = page("/admin/needs/" + slug);
		assertThat(need.select("#fitting-title ~ ol li").first().text()).startsWith("Tutores de lectura " + word)
			.matches(".*mismo proyecto, mismo departamento, 1 forma de cooperar en común, \\d+ palabras en común");
		Document english = Jsoup.parse(this.mvc.perform(get("/admin/needs/" + slug).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(english.select(".match-why").first().text())
			.matches("same project, same department, 1 shared way to cooperate, \\d+ shared words");
	}

	@Test
	void publishesEveryNeedAsCsvAndJson() throws Exception {
		String slug = NeedFixtures.publish(this.mvc, NeedFixtures.tutorsInChoco("Tutores abiertos " + token()));
		byte[] csv = this.mvc.perform(get("/open-data/needs.csv")).andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFslug,url,title_es,title_en,description_es,description_en,status,due_date,"
				+ "strategic_project,department_codes,municipality_codes,action_types,amount,currency,quantity,unit_es,"
				+ "unit_en,met,accepted_offers,updated_at\r\n");
		String row = text.lines().filter((line) -> line.startsWith(slug + ",")).findFirst().orElseThrow();
		assertThat(row).contains(",OPEN,2027-12-31,PBM-CAL-04,27,27001,A05;A06,,,20,tutores,tutors,0,0,");
		String json = this.mvc.perform(get("/open-data/needs.json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode need = List.copyOf(JsonMapper.builder().build().readTree(json).get("needs").valueStream().toList())
			.stream()
			.filter((n) -> n.get("slug").asString().equals(slug))
			.findFirst()
			.orElseThrow();
		assertThat(need.get("departments").get(0).asString()).isEqualTo("27");
		assertThat(need.get("municipalities").get(0).asString()).isEqualTo("27001");
		assertThat(need.get("quantity").asLong()).isEqualTo(20);
		assertThat(need.get("unit").get("en").asString()).isEqualTo("tutors");
		assertThat(need.get("url").asString()).endsWith("/needs/" + slug);
		assertThat(page("/open-data").select("#dataset-needs ~ ul a").eachAttr("href")).contains("/open-data/needs.csv",
				"/open-data/needs.json");
	}

	@Test
	void explainsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		String html = this.mvc
			.perform(NeedFixtures.form(post("/admin/needs/new"),
					Map.of("titleEs", "Sin lugar", "soughtKind", "AMOUNT", "municipalities", "99999 Ningún lugar")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("needForm", "titleEn", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "actionTypes", "NotEmpty"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "dueDate", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "amount", "Required"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "currency", "Required"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "municipalities", "Invalid"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document form = Jsoup.parse(html);
		assertThat(form.select("#titleEn-error").text()).isEqualTo("Escriba el título en inglés.");
		assertThat(form.select("#amount-error").text()).isEqualTo("Escriba el monto que se busca.");
		assertThat(form.select("#municipalities-error").text()).contains("«99999 Ningún lugar»");
		assertThat(form.select("#titleEs").val()).isEqualTo("Sin lugar");
		this.mvc
			.perform(NeedFixtures.form(post("/admin/needs/new"),
					Map.of("titleEs", "Sin lugar", "soughtKind", "COUNT", "quantity", "0")))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "quantity", "Min"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "unitEs", "Required"))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "departments", "NoPlace"));
	}

	@Test
	void refusesAnEditMadeOnAStaleVersion() throws Exception {
		Map<String, String> fields = NeedFixtures.tutorsInChoco("Tutores editados " + token());
		String slug = NeedFixtures.publish(this.mvc, fields);
		long version = version(slug);
		fields.put("version", String.valueOf(version));
		fields.put("status", "PARTLY_MET");
		this.mvc.perform(NeedFixtures.form(post("/admin/needs/" + slug + "/edit"), fields))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/needs/" + slug).select(".status").text()).isEqualTo("Atendida en parte");
		this.mvc.perform(NeedFixtures.form(post("/admin/needs/" + slug + "/edit"), fields))
			.andExpect(status().isConflict());
		assertThat(page("/admin/needs/" + slug + "/edit").select("textarea[name=municipalities]").text())
			.isEqualTo("27001 Quibdó");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private List<String> listed(String path) throws Exception {
		return page(path).select("main h2 a")
			.eachAttr("href")
			.stream()
			.map((href) -> href.substring("/needs/".length()))
			.toList();
	}

	private long version(String slug) {
		return this.jdbc.queryForObject("SELECT version FROM need WHERE slug = ?", Long.class, slug);
	}

	private static String token() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

}
