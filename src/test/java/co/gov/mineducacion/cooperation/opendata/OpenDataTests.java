package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.SignedIn;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open-data files: their content, types, downloads and cache validators, the same
 * numbers as the lists and the map, and never a submitter's personal data.
 */
@PortalTest
class OpenDataTests {

	/**
	 * Every CSV file starts with a UTF-8 byte-order mark, so that spreadsheets read
	 * accents right.
	 */
	static final String BOM = "\uFEFF";

	static final List<String> FILES = List.of("/open-data/activities.csv", "/open-data/activities.json",
			"/open-data/departments.csv", "/open-data/strategic-projects.csv", "/open-data/iati-activities.xml",
			"/open-data/iati-organisations.xml", "/open-data/municipalities.csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferReviewService review;

	@Test
	void describesEveryDatasetItsFieldsAndLicence() throws Exception {
		this.mvc.perform(get("/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/open-data/activities.csv\""),
					containsString("href=\"/open-data/activities.json\""),
					containsString("href=\"/open-data/strategic-projects.csv\""),
					containsString("href=\"/open-data/departments.csv\""),
					containsString("href=\"/open-data/iati-activities.xml\""), containsString("CC BY 4.0"),
					containsString("<code>dac_sectors</code>"), containsString("<code>participating-org</code>"),
					containsString("nunca incluyen datos personales"))));
		this.mvc.perform(get("/open-data?lang=en"))
			.andExpect(content().string(
					allOf(containsString("Open cooperation data"), containsString("Oldest beneficiaries&#39; age"))));
	}

	@Test
	void saysEveryCsvStartsWithAByteOrderMarkAndWhichCodesKeepTheirLeadingZeros() throws Exception {
		String page = this.mvc.perform(get("/open-data").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("byte-order mark (BOM)", "05 Antioquia, 08 Atlántico", "municipalities 5");
		for (String file : FILES) {
			if (file.endsWith(".csv")) {
				assertThat(this.mvc.perform(get(file)).andReturn().getResponse().getContentAsByteArray()).as(file)
					.startsWith(0xEF, 0xBB, 0xBF);
			}
		}
	}

	@Test
	void tellsOnlyAdminsThatPublishedFilesPointToLocalhostWhenThePortalIsReachedElsewhere() throws Exception {
		org.springframework.test.web.servlet.request.RequestPostProcessor elsewhere = (request) -> {
			request.setServerName("cooperacion.mineducacion.gov.co");
			return request;
		};
		assertThat(openData(elsewhere, SignedIn.admin("jefa@mineducacion.gov.co"))).contains("id=\"base-url-notice\"",
				"PORTAL_BASE_URL");
		assertThat(openData(elsewhere, SignedIn.staff("analista@mineducacion.gov.co")))
			.doesNotContain("base-url-notice");
		assertThat(openData(elsewhere, (request) -> request)).doesNotContain("base-url-notice");
		assertThat(openData((request) -> request, SignedIn.admin("jefa@mineducacion.gov.co")))
			.doesNotContain("base-url-notice");
	}

	private String openData(org.springframework.test.web.servlet.request.RequestPostProcessor host,
			org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get("/open-data").with(host).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void servesTheActivitiesAsCsvWithTogetherWeLearn() throws Exception {
		MvcResult result = this.mvc.perform(get("/open-data/activities.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"activities.csv\""))
			.andReturn();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(BOM + String.join(",", ActivityFiles.ACTIVITY_COLUMNS) + "\r\n");
		String row = Arrays.stream(csv.split("\r\n(?=[a-z0-9-]+,http)"))
			.filter((line) -> line.startsWith("together-we-learn,"))
			.findFirst()
			.orElseThrow();
		assertThat(row)
			.contains("http://localhost:8080/activities/together-we-learn,Juntos Aprendemos,Together we Learn")
			.contains(",FINISHED,2021-02,2026-02,3,17,,,Fundación Carvajal;Pro-Antioquia;Parque Explora,")
			.contains("05;08;11;13;44;47;54;68;76")
			.contains(",08001;11001;68001;76001;13001;54001;05001;44001;47001,Barranquilla;Bogotá;Bucaramanga;"
					+ "Cali;Cartagena;Cúcuta;Medellín;Riohacha;Santa Marta,")
			.contains("Children and adolescents benefited: 142000;Educational centers partnered: 400;"
					+ "Secretaries of Education strengthened: 7;Educators reached: 16000;"
					+ "Parents and caregivers reached: 14000")
			.contains("Juan Mahecha Martín,Cooperación Internacional,International Cooperation");
	}

	@Test
	void servesTheActivitiesAsJson() throws Exception {
		MvcResult result = this.mvc.perform(get("/open-data/activities.json"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"activities.json\""))
			.andReturn();
		JsonNode json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
		assertThat(json.path("licence").asString()).isEqualTo("CC-BY-4.0");
		JsonNode activity = null;
		for (JsonNode a : json.path("activities")) {
			if ("together-we-learn".equals(a.path("slug").asString())) {
				activity = a;
			}
		}
		assertThat(activity).isNotNull();
		assertThat(activity.path("title").path("es").asString()).isEqualTo("Juntos Aprendemos");
		assertThat(activity.path("title").path("en").asString()).isEqualTo("Together we Learn");
		assertThat(activity.path("status").asString()).isEqualTo("FINISHED");
		assertThat(activity.path("start").asString()).isEqualTo("2021-02");
		assertThat(activity.path("end").asString()).isEqualTo("2026-02");
		assertThat(activity.path("ageMin").asInt()).isEqualTo(3);
		assertThat(activity.path("ageMax").asInt()).isEqualTo(17);
		assertThat(activity.path("cities")).hasSize(9);
		assertThat(activity.path("organisations")).hasSize(3);
		assertThat(activity.path("targets").valueStream().map((t) -> t.path("target").asLong()))
			.containsExactly(142000L, 400L, 7L, 16000L, 14000L);
		assertThat(activity.path("targets").path(0).path("indicator").path("es").asString())
			.isEqualTo("Niñas, niños y adolescentes beneficiados");
	}

	@Test
	void servesTheStrategicProjectsAsCsv() throws Exception {
		String csv = this.mvc.perform(get("/open-data/strategic-projects.csv"))
			.andExpect(
					header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"strategic-projects.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] rows = csv.split("\r\n");
		assertThat(rows[0]).isEqualTo(BOM + String.join(",", ProjectFiles.COLUMNS));
		assertThat(rows).hasSize(29);
		assertThat(csv)
			.contains("SUP-PER-03,HIGHER_EDUCATION,PERTINENCE,Fomento del bilingüismo en la educación superior,"
					+ "Promoting bilingualism in higher education,,,");
	}

	@Test
	void countsAcceptedOffersByDepartmentWithoutDescribingThem() throws Exception {
		String before = departmentRow("94");
		String code = AcceptedOfferFixtures.file(this.mvc,
				Map.of("departments", "94", "title", "Radios escolares en Inírida"));
		AcceptedOfferFixtures.accept(this.review, code);
		String after = departmentRow("94");
		assertThat(acceptedOffers(after)).isEqualTo(acceptedOffers(before) + 1);
		for (String file : FILES) {
			assertThat(body(file)).as(file).doesNotContain("Radios escolares en Inírida").doesNotContain(code);
		}
	}

	@Test
	void neverPublishesASubmittersPersonalDataEvenOnceTheOfferBecameAnActivity() throws Exception {
		String code = AcceptedOfferFixtures.file(this.mvc,
				Map.of("title", "Tutorías de matemáticas en Vaupés", "departments", "97"));
		AcceptedOfferFixtures.accept(this.review, code);
		this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.with(SignedIn.staff("analista@mineducacion.gov.co"))
				.param("offer", code)
				.param("titleEs", "Tutorías de matemáticas en Vaupés")
				.param("titleEn", "Mathematics tutoring in Vaupés")
				.param("descriptionEs", "Tutorías.")
				.param("descriptionEn", "Tutoring.")
				.param("start", "2027-02")
				.param("implementers", "Fundación Horizonte Educativo")
				.param("departments", "97")
				.param("contactDepartmentEs", "Oficina de Cooperación Internacional")
				.param("contactDepartmentEn", "International Cooperation Office"))
			.andExpect(status().is3xxRedirection());
		assertThat(body("/open-data/activities.csv")).contains("Tutorías de matemáticas en Vaupés");
		for (String file : FILES) {
			String body = body(file);
			assertThat(body).as(file)
				.doesNotContain("rosalba.quintero")
				.doesNotContain(AcceptedOfferFixtures.PERSONAL_DATA.get("contactName"))
				.doesNotContain("Rosalba")
				.doesNotContain(AcceptedOfferFixtures.PERSONAL_DATA.get("contactPosition"))
				.doesNotContain(AcceptedOfferFixtures.PERSONAL_DATA.get("contactPhone"))
				.doesNotContain("899999001")
				.doesNotContain(code);
		}
	}

	@Test
	void letsClientsCacheWithETagAndLastModified() throws Exception {
		for (String file : FILES) {
			MvcResult first = this.mvc.perform(get(file)).andExpect(status().isOk()).andReturn();
			String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(file).matches("W/\"[0-9a-f]{32}\"");
			assertThat(first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).as(file).isNotBlank();
			assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(file).contains("max-age=300");
			this.mvc.perform(get(file).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
			this.mvc
				.perform(get(file).header(HttpHeaders.IF_MODIFIED_SINCE,
						first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)))
				.andExpect(status().isNotModified());
		}
	}

	@Test
	void countsEachDepartmentAsTheFilteredListsDo() throws Exception {
		String[] rows = body("/open-data/departments.csv").split("\r\n");
		assertThat(rows).hasSize(34);
		assertThat(rows[0]).isEqualTo(BOM + String.join(",", ActivityFiles.DEPARTMENT_COLUMNS));
		assertThat(departmentRow("47")).startsWith("47,Magdalena,");
		for (String row : Arrays.copyOfRange(rows, 1, rows.length)) {
			String[] fields = row.split(",");
			String code = fields[0];
			assertThat(listed("/activities?status=UNDER_WAY&department=" + code)).as(row)
				.isEqualTo(Long.parseLong(fields[fields.length - 3]));
			assertThat(listed("/activities?department=" + code)).as(row)
				.isEqualTo(Long.parseLong(fields[fields.length - 2]));
		}
		assertThat(Long.parseLong(departmentRow("47").split(",")[3])).isPositive();
	}

	private long listed(String path) throws Exception {
		java.util.regex.Matcher count = java.util.regex.Pattern
			.compile("class=\"result-count\" role=\"status\">(\\d+|Ninguna) activ")
			.matcher(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
		assertThat(count.find()).as(path).isTrue();
		return "Ninguna".equals(count.group(1)) ? 0 : Long.parseLong(count.group(1));
	}

	private String departmentRow(String code) throws Exception {
		return Arrays.stream(body("/open-data/departments.csv").split("\r\n"))
			.filter((row) -> row.startsWith(code + ","))
			.findFirst()
			.orElseThrow();
	}

	private static long acceptedOffers(String row) {
		String[] fields = row.split(",");
		return Long.parseLong(fields[fields.length - 1]);
	}

	private String body(String file) throws Exception {
		return this.mvc.perform(get(file))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
