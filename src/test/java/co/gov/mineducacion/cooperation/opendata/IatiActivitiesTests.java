package co.gov.mineducacion.cooperation.opendata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

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
 * The IATI 2.03 activity file. The official IATI schema files could not be obtained from
 * the sources this build uses (see {@code src/test/resources/iati/README.md}); the file
 * is validated against a structural schema written for the portal, which restates the
 * official element order, cardinalities, required attributes and types for every element
 * the portal writes and checks the codes against the IATI codelists; the content is
 * checked with XPath.
 */
@PortalTest
class IatiActivitiesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void isADownloadableIatiActivityFile() throws Exception {
		this.mvc.perform(get("/open-data/iati-activities.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml;charset=UTF-8"))
			.andExpect(
					header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"iati-activities.xml\""));
	}

	@Test
	void conformsToTheIatiStructureWithEveryActivityTheOfficeCanWrite() throws Exception {
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
	void describesTogetherWeLearnInBothLanguages() throws Exception {
		Document document = parse(iati());
		String activity = "/iati-activities/iati-activity[iati-identifier='XX-PORTAL-TEST-TOGETHER-WE-LEARN']";
		assertThat(text(document, activity + "/@xml:lang")).isEqualTo("es");
		assertThat(text(document, activity + "/reporting-org/@ref")).isEqualTo("XX-PORTAL-TEST");
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
		assertThat(number(document, "count(" + activity + "/sector)")).as("the seed assigns no DAC sector").isZero();
	}

	@Test
	void theStructuralSchemaRejectsWhatTheIatiSchemaRejects() throws Exception {
		String good = new String(iati(), java.nio.charset.StandardCharsets.UTF_8);
		for (String broken : new String[] {
				good.replaceFirst("<activity-status code=\"[0-9]\"(/>|></activity-status>)", ""),
				good.replaceFirst("version=\"2.03\"", "version=\"2.02\""),
				good.replaceFirst("(<title>)", "<activity-status code=\"2\"/>$1"),
				good.replaceFirst("iso-date=\"2021-02-01\"", "iso-date=\"febrero 2021\""),
				good.replaceFirst(" role=\"4\"", "") }) {
			assertThatExceptionOfType(SAXParseException.class).isThrownBy(() -> structure().newValidator()
				.validate(new StreamSource(new ByteArrayInputStream(broken.getBytes("UTF-8")))));
		}
	}

	private void publishAFullActivity() throws Exception {
		this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("analista@mineducacion.gov.co")
					.roles("STAFF"))
				.param("titleEs", "Bilingüismo en la frontera & <más>")
				.param("titleEn", "Bilingualism at the border")
				.param("descriptionEs", "Formación de docentes de inglés.")
				.param("descriptionEn", "English teacher training.")
				.param("start", "2024-03-15")
				.param("end", "2028-06")
				.param("funders", "Embajada de ejemplo")
				.param("implementers", "Universidad de ejemplo")
				.param("departments", "81")
				.param("sectors", "11130")
				.param("links", "https://www.mineducacion.gov.co/plan.pdf Plan de trabajo")
				.param("contactName", "Oficina de Cooperación Internacional")
				.param("contactEmail", "cooperacion@mineducacion.gov.co")
				.param("contactPhone", "+57 601 222 2800"))
			.andExpect(status().is3xxRedirection());
	}

	private byte[] iati() throws Exception {
		return this.mvc.perform(get("/open-data/iati-activities.xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static Schema structure() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		return factory.newSchema(IatiActivitiesTests.class.getResource("/iati/iati-activities-structure.xsd"));
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
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String uri) {
				return null;
			}

		});
		return xpath;
	}

}
