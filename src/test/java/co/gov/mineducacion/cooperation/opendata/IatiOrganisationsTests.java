package co.gov.mineducacion.cooperation.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPathConstants;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.KeptPages;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IATI 2.03 organisation file, validated against the official organisations schema
 * and codelists with and without the budget an ADMIN enters, and that budget's form. The
 * file is kept for visitors until the budget changes.
 */
@PortalTest
class IatiOrganisationsTests {

	static final String ADMIN = "jefa@mineducacion.gov.co";

	static final String FILE = "/open-data/iati-organisations.xml";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@BeforeEach
	@AfterEach
	void clearTheBudget() {
		this.jdbc.update("UPDATE organisation_budget SET amount = NULL, currency = NULL, period_start = NULL,"
				+ " period_end = NULL, version = 0 WHERE id = 1");
		Caches.clearAll(this.caches);
	}

	@Test
	void publishesTheMinistryInBothLanguagesWithoutABudgetUntilOneIsEntered() throws Exception {
		this.mvc.perform(get("/open-data/iati-organisations.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml;charset=UTF-8"));
		Document document = valid(file());
		String organisation = "/iati-organisations/iati-organisation";
		assertThat(text(document, "/iati-organisations/@version")).isEqualTo("2.03");
		assertThat(text(document, organisation + "/organisation-identifier")).isEqualTo("XI-IATI-PORTAL-TEST");
		assertThat(texts(document, organisation + "/name/narrative"))
			.containsExactly("Ministerio de Educación Nacional", "Ministry of National Education");
		assertThat(text(document, organisation + "/reporting-org/@ref")).isEqualTo("XI-IATI-PORTAL-TEST");
		assertThat(text(document, organisation + "/reporting-org/@type")).isEqualTo("10");
		assertThat(number(document, "count(//total-budget)")).isZero();
		usesActiveCodes(document);
	}

	@Test
	void publishesTheAnnualTotalBudgetAnAdminEnteredNeverConverted() throws Exception {
		// The file is kept for visitors: the budget's change must empty it.
		assertThat(number(valid(KeptPages.rendered(this.mvc, FILE).getBytes(StandardCharsets.UTF_8)),
				"count(//total-budget)"))
			.isZero();
		KeptPages.fromCache(this.mvc, FILE);
		this.mvc
			.perform(budget().param("amount", "1500000000.50")
				.param("currency", "cop")
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31"))
			.andExpect(status().is3xxRedirection());
		Document document = valid(KeptPages.rendered(this.mvc, FILE).getBytes(StandardCharsets.UTF_8));
		String budget = "/iati-organisations/iati-organisation/total-budget";
		assertThat(text(document, budget + "/period-start/@iso-date")).isEqualTo("2026-01-01");
		assertThat(text(document, budget + "/period-end/@iso-date")).isEqualTo("2026-12-31");
		assertThat(text(document, budget + "/value")).isEqualTo("1500000000.50");
		assertThat(text(document, budget + "/value/@currency")).isEqualTo("COP");
		assertThat(text(document, budget + "/value/@value-date")).isEqualTo("2026-01-01");
		usesActiveCodes(document);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'opendata.budget.changed' AND actor = ?", Long.class,
				ADMIN))
			.isPositive();
		this.mvc
			.perform(budget().param("amount", "")
				.param("currency", "")
				.param("periodStart", "")
				.param("periodEnd", "")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(number(valid(file()), "count(//total-budget)")).as("cleared").isZero();
	}

	@Test
	void refusesAnIncompleteBudgetOrOneLongerThanAYearNextToTheFieldKeepingWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(budget().header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.param("amount", "1000")
				.param("currency", "XYZ")
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2027-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"currency-error\"", "This is not an ISO 4217 currency code.")
			.contains("id=\"periodEnd-error\"", "cannot be longer than a year")
			.contains("value=\"2027-01-01\"");
		String missing = this.mvc.perform(budget().param("amount", "1000"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("id=\"currency-error\"", "id=\"periodStart-error\"", "value=\"1000\"");
		assertThat(number(valid(file()), "count(//total-budget)")).isZero();
	}

	@Test
	void onlyAdminsEnterTheBudget() throws Exception {
		this.mvc.perform(get("/admin/settings/iati-budget").with(SignedIn.staff("analista@mineducacion.gov.co")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settings/iati-budget").with(SignedIn.admin(ADMIN))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder budget() {
		return post("/admin/settings/iati-budget").with(csrf()).with(SignedIn.admin(ADMIN));
	}

	private byte[] file() throws Exception {
		return this.mvc.perform(get("/open-data/iati-organisations.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static Document valid(byte[] xml) throws Exception {
		IatiCodelists.schema("iati-organisations-schema.xsd")
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static void usesActiveCodes(Document document) throws Exception {
		assertThat(texts(document, "//reporting-org/@type")).isSubsetOf(IatiCodelists.activeCodes("OrganisationType"));
		assertThat(texts(document, "//value/@currency")).isSubsetOf(IatiCodelists.activeCodes("Currency"));
		assertThat(texts(document, "//@xml:lang")).isNotEmpty().isSubsetOf(IatiCodelists.activeCodes("Language"));
	}

	private static String text(Document document, String path) throws Exception {
		return IatiRules.xpath().evaluate(path, document);
	}

	private static double number(Document document, String path) throws Exception {
		return (Double) IatiRules.xpath().evaluate(path, document, XPathConstants.NUMBER);
	}

	private static java.util.List<String> texts(Document document, String path) throws Exception {
		NodeList nodes = (NodeList) IatiRules.xpath().evaluate(path, document, XPathConstants.NODESET);
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

}
