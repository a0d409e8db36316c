package co.gov.mineducacion.cooperation.shared;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting organisation's IATI identifier is checked at start-up against IATI's
 * registration agencies.
 */
class IatiOrganisationIdentifierTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PortalConfiguration.class);

	@Test
	void startsWithAnIdentifierOfAKnownAgencyOrNone() {
		for (String ref : new String[] { "CO-RUE-899999001", "XM-DAC-12345", "XI-IATI-MEN", "" }) {
			this.runner.withPropertyValues("portal.open-data.iati-reporting-org-ref=" + ref)
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void refusesToStartWithAnUnknownPrefixSayingWhy() {
		for (String ref : new String[] { "XX-PORTAL-TEST", "CO-899999001", "CO-RUE-", "CO-RUE-8999/1" }) {
			this.runner.withPropertyValues("portal.open-data.iati-reporting-org-ref=" + ref)
				.run((context) -> assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("iatiReportingOrgRef")
					.hasMessageContaining("OrganisationRegistrationAgency"));
		}
	}

	@Test
	void knowsEveryActiveAgencyOfTheOfficialCodelist() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/iati/codelists/OrganisationRegistrationAgency.xml")) {
			NodeList items = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(in)
				.getElementsByTagName("codelist-item");
			Set<String> active = new TreeSet<>();
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				if (!"withdrawn".equals(item.getAttribute("status"))) {
					active.add(item.getElementsByTagName("code").item(0).getTextContent().trim());
				}
			}
			assertThat(IatiOrganisationIdentifier.Validator.AGENCIES).containsExactlyInAnyOrderElementsOf(active)
				.contains("CO-CCB", "CO-COA", "CO-RUE", "XM-DAC", "XI-IATI");
		}
	}

}
