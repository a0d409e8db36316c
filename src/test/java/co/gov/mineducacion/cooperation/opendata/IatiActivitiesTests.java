package co.gov.mineducacion.cooperation.opendata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IATI 2.03 activity file, validated against the official IATI schema and its codes
 * against the official codelists (active codes only; see
 * {@code src/test/resources/iati/README.md}), with an activity that has every field the
 * office can fill; the content is checked with XPath.
 */
@PortalTest
class IatiActivitiesTests {

	static final String FULL_ACTIVITY = "XI-IATI-PORTAL-TEST-BILINGUISMO-EN-LA-FRONTERA-MAS";

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityService activities;

	@Test
	void isADownloadableIatiActivityFile() throws Exception {
		this.mvc.perform(get("/open-data/iati-activities.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml;charset=UTF-8"))
			.andExpect(
					header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iati-activities.xml\""));
	}

	@Test
	void isValidAgainstTheOfficialSchemaWithEveryActivityTheOfficeCanWrite() throws Exception {
		publishAFullActivity();
		byte[] xml = iati();
		structure().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		Document document = parse(xml);
		assertThat(number(document, "count(/iati-activities/iati-activity)"))
			.isEqualTo(number(document, "count(/iati-activities/iati-activity/iati-identifier)"))
			.isGreaterThanOrEqualTo(2);
		assertThat(text(document, "/iati-activities/@version")).isEqualTo("2.03");
	}

	@Test
	void usesOnlyActiveCodesOfTheOfficialCodelists() throws Exception {
		publishAFullActivity();
		Document document = parse(iati());
		for (var entry : IatiCodelists.ACTIVITY_CODES.entrySet()) {
			assertThat(texts(document, entry.getKey())).as(entry.getKey())
				.isSubsetOf(IatiCodelists.activeCodes(entry.getValue()));
		}
		java.util.Set<String> coded = new java.util.TreeSet<>();
		NodeList withCode = (NodeList) xpath().evaluate("//*[@code or @type]", document, XPathConstants.NODESET);
		for (int i = 0; i < withCode.getLength(); i++) {
			coded.add(withCode.item(i).getNodeName());
		}
		coded.removeAll(IatiCodelists.UNLISTED);
		assertThat(coded).as("every element with a code has its codelist checked")
			.allSatisfy((name) -> assertThat(IatiCodelists.ACTIVITY_CODES.keySet())
				.anyMatch((path) -> path.contains(name)));
	}

	@Test
	void publishesTheMoneyClassificationsSectorsAndPlacesOfAFullActivity() throws Exception {
		publishAFullActivity();
		Document document = parse(iati());
		String activity = "/iati-activities/iati-activity[iati-identifier='" + FULL_ACTIVITY + "']";
		assertThat(texts(document, activity + "/participating-org[@role='1']/narrative"))
			.containsExactly("Embajada de ejemplo", "Banco Andino");
		assertThat(text(document, activity + "/participating-org[@role='2']/@type")).isEqualTo("10");
		assertThat(texts(document, activity + "/sector[@vocabulary='1']/@code")).containsExactly("11130", "11220");
		assertThat(texts(document, activity + "/sector[@vocabulary='1']/@percentage")).containsExactly("50", "50");
		assertThat(texts(document, activity + "/sector[@vocabulary='7']/@code")).containsExactly("4", "5", "10");
		assertThat(texts(document, activity + "/sector[@vocabulary='7']/@percentage")).containsExactly("33.34", "33.33",
				"33.33");
		assertThat(text(document, activity + "/collaboration-type/@code")).isEqualTo("8");
		assertThat(text(document, activity + "/default-flow-type/@code")).isEqualTo("10");
		assertThat(text(document, activity + "/default-finance-type/@code")).isEqualTo("110");
		assertThat(text(document, activity + "/default-aid-type/@code")).isEqualTo("D02");
		assertThat(text(document, activity + "/budget/value")).isEqualTo("1234567.00");
		assertThat(text(document, activity + "/budget/value/@value-date")).isEqualTo("2025-01-15");
		assertThat(text(document, activity + "/budget/period-end/@iso-date")).isEqualTo("2025-12-31");
		assertThat(texts(document, activity + "/transaction[transaction-type/@code='2']/value"))
			.containsExactly("100000.10", "3000000.00");
		assertThat(texts(document, activity + "/transaction[transaction-type/@code='3']/value"))
			.containsExactly("40000.00");
		assertThat(text(document, activity + "/transaction[transaction-type/@code='3']/provider-org/narrative"))
			.isEqualTo("Embajada de ejemplo");
		assertThat(text(document, activity + "/location[@ref='DIVIPOLA-27001']/point/pos"))
			.matches("5\\.\\d+ -76\\.\\d+");
		assertThat(text(document, activity + "/location[@ref='DIVIPOLA-27001']/exactness/@code")).isEqualTo("2");
		assertThat(text(document, activity + "/@last-updated-datetime"))
			.as("in Colombia's offset, so its date is the Colombian date the rules compare with today")
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-05:00");
		assertThat(text(document, "/iati-activities/@generated-datetime")).endsWith("-05:00");
	}

	@Test
	void describesTogetherWeLearnInBothLanguages() throws Exception {
		Document document = parse(iati());
		String activity = "/iati-activities/iati-activity[iati-identifier='XI-IATI-PORTAL-TEST-TOGETHER-WE-LEARN']";
		assertThat(text(document, activity + "/@xml:lang")).isEqualTo("es");
		assertThat(text(document, activity + "/reporting-org/@ref")).isEqualTo("XI-IATI-PORTAL-TEST");
		assertThat(text(document, activity + "/reporting-org/@type")).isEqualTo("10");
		assertThat(texts(document, activity + "/reporting-org/narrative"))
			.containsExactly("Ministerio de Educación Nacional", "Ministry of National Education");
		assertThat(texts(document, activity + "/title/narrative")).containsExactly("Juntos Aprendemos",
				"Together we Learn");
		assertThat(text(document, activity + "/title/narrative[2]/@xml:lang")).isEqualTo("en");
		assertThat(text(document, activity + "/description[@type='1']/narrative[@xml:lang='en']"))
			.startsWith("The Together we Learn Activity increases");
		assertThat(texts(document, activity + "/participating-org[@role='4']/narrative"))
			.containsExactly("Fundación Carvajal", "Pro-Antioquia", "Parque Explora");
		assertThat(text(document, activity + "/activity-status/@code")).isEqualTo("3");
		assertThat(text(document, activity + "/activity-date[@type='1']/@iso-date")).isEqualTo("2021-02-01");
		assertThat(text(document, activity + "/activity-date[@type='2']/@iso-date")).isEqualTo("2021-02-01");
		assertThat(text(document, activity + "/activity-date[@type='3']/@iso-date")).isEqualTo("2026-02-28");
		assertThat(text(document, activity + "/activity-date[@type='4']/@iso-date")).isEqualTo("2026-02-28");
		assertThat(text(document, activity + "/activity-date[@type='3']/narrative")).isEqualTo("2026-02");
		assertThat(text(document, activity + "/contact-info/person-name/narrative")).isEqualTo("Juan Mahecha Martín");
		assertThat(text(document, activity + "/activity-scope/@code")).isEqualTo("5");
		assertThat(text(document, activity + "/recipient-country/@code")).isEqualTo("CO");
		assertThat(texts(document, activity + "/location/@ref")).hasSize(9)
			.contains("DIVIPOLA-08001", "DIVIPOLA-11001", "DIVIPOLA-47001");
		assertThat(text(document, activity + "/location[@ref='DIVIPOLA-76001']/name/narrative"))
			.isEqualTo("Cali, Valle del Cauca");
		assertThat(text(document, activity + "/document-link/@url"))
			.isEqualTo("http://localhost:8080/activities/together-we-learn");
		assertThat(texts(document, activity + "/result/indicator/period/target/@value")).containsExactly("142000",
				"400", "7", "16000", "14000");
		assertThat(texts(document, activity + "/result/title/narrative[@xml:lang='en']")).containsExactly(
				"Children and adolescents benefited", "Educational centers partnered",
				"Secretaries of Education strengthened", "Educators reached", "Parents and caregivers reached");
		assertThat(number(document, "count(" + activity + "/sector[@vocabulary='1'])"))
			.as("the seed assigns no DAC sector")
			.isZero();
		assertThat(text(document, activity + "/sector[@vocabulary='2']/@code")).isEqualTo("111");
	}

	@Test
	void followsTheStandardRulesetOfIati() throws Exception {
		publishAFullActivity();
		Document document = parse(iati());
		List<String> broken = IatiRules.broken(document, this.activities.today());
		assertThat(broken).noneMatch((failure) -> failure.contains(" error "))
			.noneMatch((failure) -> failure.contains(FULL_ACTIVITY + ":"));
		// An activity without a DAC 5-digit sector (Together we Learn until the office
		// gives
		// it one) is reported in DAC 3-digit category 111, which IATI accepts with a
		// warning.
		assertThat(broken).allMatch((failure) -> failure.startsWith("102.1.1 warning "))
			.anyMatch((failure) -> failure.contains("-TOGETHER-WE-LEARN:"));
	}

	@Test
	void theRulesetInterpreterFindsAnActivityWithoutSector() throws Exception {
		String file = new String(iati(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<sector [^>]*/>", "");
		assertThat(IatiRules.broken(parse(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				this.activities.today()))
			.anyMatch((failure) -> failure.startsWith("6.2.2 error XI-IATI-PORTAL-TEST-TOGETHER-WE-LEARN:"));
	}

	@Test
	void theOfficialSchemaRejectsBrokenFiles() throws Exception {
		String good = new String(iati(), java.nio.charset.StandardCharsets.UTF_8);
		for (String broken : new String[] {
				good.replaceFirst("<activity-status code=\"[0-9]\"(/>|></activity-status>)", ""),
				good.replaceFirst("<iati-identifier>", "<iati-identifier lang=\"es\">"),
				good.replaceFirst("(<title>)", "<activity-status code=\"2\"/>$1"),
				good.replaceFirst("iso-date=\"2021-02-01\"", "iso-date=\"febrero 2021\""),
				good.replaceFirst(" role=\"4\"", "") }) {
			assertThatExceptionOfType(SAXParseException.class).isThrownBy(() -> structure().newValidator()
				.validate(new StreamSource(new ByteArrayInputStream(broken.getBytes("UTF-8")))));
		}
	}

	@Test
	void reportsAFinishedActivityWhoseAccountsAreClosedAsClosedWithItsFundersFunding() throws Exception {
		this.mvc.perform(fullActivity("Cuentas cerradas en la frontera").param("accountsClosed", "true"))
			.andExpect(status().is3xxRedirection());
		Document document = parse(iati());
		String closed = "/iati-activities/iati-activity[iati-identifier='XI-IATI-PORTAL-TEST-CUENTAS-CERRADAS-EN-LA-FRONTERA']";
		assertThat(text(document, closed + "/activity-status/@code")).isEqualTo("4");
		assertThat(texts(document, closed + "/participating-org[@role='1']/narrative"))
			.containsExactly("Embajada de ejemplo", "Banco Andino");
		String together = "/iati-activities/iati-activity[iati-identifier='XI-IATI-PORTAL-TEST-TOGETHER-WE-LEARN']";
		assertThat(text(document, together + "/activity-status/@code")).as("finished, accounts not closed")
			.isEqualTo("3");
		structure().newValidator().validate(new StreamSource(new ByteArrayInputStream(iati())));
	}

	private void publishAFullActivity() throws Exception {
		this.mvc.perform(fullActivity("Bilingüismo en la frontera & <más>")).andExpect(status().is3xxRedirection());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fullActivity(
			String titleEs) {
		return post("/admin/activities/new").with(csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("analista@mineducacion.gov.co")
				.roles("STAFF"))
			.param("titleEs", titleEs)
			.param("titleEn", "Bilingualism at the border")
			.param("descriptionEs", "Formación de docentes de inglés.")
			.param("descriptionEn", "English teacher training.")
			.param("start", "2025-01")
			.param("end", "2025-12")
			.param("funders", "Embajada de ejemplo | USD 100000.10 2025-02-01\nBanco Andino | COP 3000000")
			.param("implementers", "Universidad de ejemplo")
			.param("cities", "27001 Quibdó\n05001 Medellín")
			.param("departments", "81")
			.param("sectors", "11130", "11220")
			.param("budgetAmount", "1234567")
			.param("budgetCurrency", "COP")
			.param("budgetDate", "2025-01-15")
			.param("internationalAmount", "250000.50")
			.param("internationalCurrency", "USD")
			.param("internationalDate", "2025-01-15")
			.param("counterpartAmount", "500000")
			.param("counterpartCurrency", "COP")
			.param("counterpartDate", "2025-01-15")
			.param("cooperationType", "TRIANGULAR")
			.param("modality", "TECHNICAL")
			.param("sdgs", "4", "5", "10")
			.param("childrenAdolescents", "1200")
			.param("teachers", "80")
			.param("disbursements", "2025-03-01 USD 40000 Embajada de ejemplo")
			.param("links", "https://www.mineducacion.gov.co/plan.pdf Plan de trabajo")
			.param("contactName", "Oficina de Cooperación Internacional")
			.param("contactEmail", "cooperacion@mineducacion.gov.co")
			.param("contactPhone", "+57 601 222 2800");
	}

	private byte[] iati() throws Exception {
		return this.mvc.perform(get("/open-data/iati-activities.xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static Schema structure() throws Exception {
		return IatiCodelists.schema("iati-activities-schema.xsd");
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(Document document, String path) throws Exception {
		return xpath().evaluate(path, document);
	}

	private static double number(Document document, String path) throws Exception {
		return (Double) xpath().evaluate(path, document, XPathConstants.NUMBER);
	}

	private static List<String> texts(Document document, String path) throws Exception {
		NodeList nodes = (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static XPath xpath() {
		return IatiRules.xpath();
	}

}
