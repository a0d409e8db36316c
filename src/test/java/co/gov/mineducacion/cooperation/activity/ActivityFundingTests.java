package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Activities carry money (exact, per currency), cooperation type, modality, SDGs and
 * beneficiaries: staff enter them on the activity form, which refuses negative amounts
 * and unknown currencies, and the public page shows them in the reader's language.
 */
@PortalTest
@WithStaff
class ActivityFundingTests {

	private static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publishesMoneyTypeModalitySdgsAndBeneficiariesInBothLanguages() throws Exception {
		String slug = create(funded(post("/admin/activities/new"), "Aulas financiadas " + suffix()));
		this.mvc.perform(get("/activities/" + slug))
			.andExpect(content().string(allOf(containsString("$" + NBSP + "1.234.567"),
					containsString("USD" + NBSP + "250.000,50"), containsString("$" + NBSP + "500.000"),
					containsString("Sur-Sur"), containsString("Técnica"), containsString("ODS 4: Educación de calidad"),
					containsString("ODS 10: Reducción de las desigualdades"), containsString("1.200"),
					containsString("Docentes y educadores"), containsString("USD" + NBSP + "200.000,30"),
					containsString("$" + NBSP + "3.000.000"), containsString("USD" + NBSP + "40.000,10"),
					containsString("1 de marzo de 2025"))));
		this.mvc.perform(get("/activities/" + slug + "?lang=en"))
			.andExpect(content().string(allOf(containsString("COP" + NBSP + "1,234,567"),
					containsString("USD" + NBSP + "250,000.50"), containsString("South-South"),
					containsString("Technical"), containsString("SDG 4: Quality education"), containsString("1,200"),
					containsString("USD" + NBSP + "200,000.30"), containsString("COP" + NBSP + "3,000,000"),
					containsString("(value as of 15 January 2025)"))));
		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT budget_amount, international_amount, cooperation_type, modality FROM activity WHERE slug = ?",
				slug);
		assertThat((BigDecimal) row.get("budget_amount")).isEqualByComparingTo("1234567");
		assertThat((BigDecimal) row.get("international_amount")).isEqualTo(new BigDecimal("250000.50"));
		assertThat(row).containsEntry("cooperation_type", "SOUTH_SOUTH").containsEntry("modality", "TECHNICAL");
		assertThat(this.jdbc.queryForObject(
				"SELECT sum(committed_amount) FROM activity_organisation o "
						+ "JOIN activity a ON a.id = o.activity_id WHERE a.slug = ? AND committed_currency = 'USD'",
				BigDecimal.class, slug))
			.isEqualTo(new BigDecimal("200000.30"));
	}

	@Test
	void filtersTheListBySdg() throws Exception {
		String slug = create(funded(post("/admin/activities/new"), "Aulas por ODS " + suffix()));
		this.mvc.perform(get("/activities?sdg=4")).andExpect(ActivityPagesTests.lists(slug));
		this.mvc.perform(get("/activities?sdg=4")).andExpect(ActivityPagesTests.listsNot("together-we-learn"));
		this.mvc.perform(get("/activities?sdg=13")).andExpect(ActivityPagesTests.listsNot(slug));
		this.mvc.perform(get("/activities")).andExpect(content().string(containsString("name=\"sdg\"")));
	}

	@Test
	void publishesTheMoneyExactlyInOpenDataFilteredBySdg() throws Exception {
		String title = "Aulas abiertas " + suffix();
		String slug = create(funded(post("/admin/activities/new"), title));
		String csv = body("/open-data/activities.csv?sdg=10");
		assertThat(csv).contains(slug)
			.doesNotContain("together-we-learn,")
			.contains(",SOUTH_SOUTH,TECHNICAL,4;10,1234567.00,COP,2025-01-15,250000.50,USD,2025-01-15,500000.00,COP,"
					+ "2025-01-15,Fundación Conecta: USD 100000.10;Banco Andino: USD 100000.20;Fondo Local: COP 3000000.00,"
					+ "2025-03-01 USD 40000.00 Fundación Conecta;2025-06-01 USD 0.10,CHILDREN_ADOLESCENTS=1200;TEACHERS=80");
		assertThat(body("/open-data/activities.csv")).contains("together-we-learn,").contains(slug);
		assertThat(body("/open-data/activities.csv?sdg=13")).doesNotContain(slug);
		String json = body("/open-data/activities.json?sdg=4");
		assertThat(json).contains("\"internationalContribution\":{\"amount\":250000.50,\"currency\":\"USD\"")
			.contains("\"sdgGoals\":[4,10]")
			.doesNotContain("\"slug\":\"together-we-learn\"");
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void editsWhatItShowsWithEveryDigitKept() throws Exception {
		String slug = create(funded(post("/admin/activities/new"), "Aulas editadas " + suffix()));
		this.mvc.perform(get("/admin/activities/" + slug + "/edit"))
			.andExpect(content()
				.string(allOf(containsString("value=\"1234567.00\""), containsString("Conecta | USD 100000.10"),
						containsString("2025-03-01 USD 40000.00"), containsString("value=\"SOUTH_SOUTH\" selected"))));
	}

	@Test
	void refusesNegativeAmountsAndUnknownCurrenciesBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
		long before = this.jdbc.queryForObject("SELECT count(*) FROM activity", Long.class);
		this.mvc.perform(wrongMoney(post("/admin/activities/new")))
			.andExpect(status().isOk())
			.andExpect(view().name(ActivityAdminController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "budgetAmount", "NegativeAmount"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "internationalCurrency", "UnknownCurrency"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "counterpartDate", "MissingValueDate"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "funders", "UnknownCurrency"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "disbursements", "NegativeAmountLine"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "teachers", "Min"))
			.andExpect(content().string(allOf(containsString("El valor no puede ser negativo"),
					containsString("«XYZ» no es una moneda ISO 4217 conocida"),
					containsString("«ABC» no es una moneda ISO 4217 conocida"), containsString("value=\"-5\""),
					containsString("value=\"XYZ\""), containsString("Conecta | ABC 100"),
					containsString("id=\"budgetAmount-error\""))));
		this.mvc.perform(wrongMoney(post("/admin/activities/new?lang=en")))
			.andExpect(content().string(allOf(containsString("The amount cannot be negative"),
					containsString("“XYZ” is not a known ISO 4217 currency"),
					containsString("Type the date the amount refers to"), not(containsString("must be")))));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM activity", Long.class)).isEqualTo(before);
	}

	@Test
	void refusesGroupedAmountsThatCouldBeMisread() throws Exception {
		this.mvc
			.perform(ActivityAdminTests.activityForm(post("/admin/activities/new"), "Agrupado " + suffix())
				.param("budgetAmount", "1.500.000")
				.param("budgetCurrency", "COP")
				.param("budgetDate", "2025-01-15"))
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "budgetAmount", "InvalidAmount"));
	}

	@Test
	void keepsTogetherWeLearnAsItsSeedSays() throws Exception {
		this.mvc.perform(get("/activities/together-we-learn"))
			.andExpect(content().string(allOf(containsString("142.000"), containsString("16.000"),
					containsString("14.000"), containsString("Familias (madres, padres y cuidadores)"),
					containsString("Establecimientos educativos"), containsString("Presupuesto total"),
					not(containsString("ODS 4")))));
		Map<String, Object> row = this.jdbc.queryForMap("SELECT budget_amount, international_amount,"
				+ " counterpart_amount, cooperation_type, modality FROM activity WHERE slug = 'together-we-learn'");
		assertThat(row.values()).containsOnlyNulls();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM activity_sdg s JOIN activity a ON a.id = "
				+ "s.activity_id WHERE a.slug = 'together-we-learn'", Long.class))
			.isZero();
		assertThat(
				this.jdbc.queryForList(
						"SELECT b.beneficiary_group || '=' || b.people FROM activity_beneficiary b "
								+ "JOIN activity a ON a.id = b.activity_id WHERE a.slug = 'together-we-learn'",
						String.class))
			.containsExactlyInAnyOrder("CHILDREN_ADOLESCENTS=142000", "TEACHERS=16000", "FAMILIES=14000", "SCHOOLS=400",
					"INSTITUTIONS=7");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM activity_organisation o JOIN activity a ON a.id = "
						+ "o.activity_id WHERE a.slug = 'together-we-learn' AND committed_amount IS NOT NULL",
				Long.class))
			.isZero();
	}

	static MockHttpServletRequestBuilder funded(MockHttpServletRequestBuilder request, String title) {
		return ActivityAdminTests.activityForm(request, title)
			.param("budgetAmount", "1234567")
			.param("budgetCurrency", "COP")
			.param("budgetDate", "2025-01-15")
			.param("internationalAmount", "250000.50")
			.param("internationalCurrency", "usd")
			.param("internationalDate", "2025-01-15")
			.param("counterpartAmount", "500000")
			.param("counterpartCurrency", "COP")
			.param("counterpartDate", "2025-01-15")
			.param("cooperationType", "SOUTH_SOUTH")
			.param("modality", "TECHNICAL")
			.param("sdgs", "4", "10")
			.param("childrenAdolescents", "1200")
			.param("teachers", "80")
			.with(replacing("funders",
					"Fundación Conecta | USD 100000.10\nBanco Andino | USD 100000.20 2025-02-01\n"
							+ "Fondo Local | COP 3000000"))
			.param("disbursements", "2025-03-01 USD 40000 Fundación Conecta\n2025-06-01 USD 0.10");
	}

	private static MockHttpServletRequestBuilder wrongMoney(MockHttpServletRequestBuilder request) {
		return ActivityAdminTests.activityForm(request, "Dinero mal escrito")
			.param("budgetAmount", "-5")
			.param("budgetCurrency", "COP")
			.param("budgetDate", "2025-01-15")
			.param("internationalAmount", "10")
			.param("internationalCurrency", "XYZ")
			.param("internationalDate", "2025-01-15")
			.param("counterpartAmount", "10")
			.param("counterpartCurrency", "COP")
			.param("teachers", "-1")
			.with(replacing("funders", "Fundación Conecta | ABC 100"))
			.param("disbursements", "2025-03-01 USD -3");
	}

	/**
	 * Sets a parameter the base form already has, instead of adding a second value.
	 */
	private static RequestPostProcessor replacing(String name, String value) {
		return (request) -> {
			request.setParameter(name, value);
			return request;
		};
	}

	private String create(MockHttpServletRequestBuilder request) throws Exception {
		String location = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/admin/activities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
