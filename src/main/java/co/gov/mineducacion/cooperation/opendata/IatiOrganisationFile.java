package co.gov.mineducacion.cooperation.opendata;

import java.util.Optional;

import co.gov.mineducacion.cooperation.opendata.OrganisationBudget.Budget;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Ministry as an IATI 2.03 organisation file: its identifier, its name in both
 * languages, itself as reporting organisation (OrganisationType 10, government), and its
 * annual total budget only where an ADMIN has entered one (published without a status,
 * which IATI reads as indicative). Published, like the activity file, once the office has
 * set its IATI organisation identifier.
 */
@Component
class IatiOrganisationFile {

	private final PortalProperties properties;

	private final MessageSource messages;

	private final OrganisationBudgetService budgets;

	private final FileStamps stamps;

	IatiOrganisationFile(PortalProperties properties, MessageSource messages, OrganisationBudgetService budgets,
			FileStamps stamps) {
		this.properties = properties;
		this.messages = messages;
		this.budgets = budgets;
		this.stamps = stamps;
	}

	boolean isPublished() {
		return this.properties.openData().publishesIati();
	}

	/**
	 * The file, or empty while no identifier is set.
	 */
	Optional<PublishedFile> file() {
		if (!isPublished()) {
			return Optional.empty();
		}
		String ref = this.properties.openData().iatiReportingOrgRef();
		Bilingual name = IatiFile.ministry(this.messages);
		Budget budget = this.budgets.budget();
		XmlOut xml = new XmlOut();
		xml.start("iati-organisations").attr("version", IatiWriter.VERSION);
		xml.start("iati-organisation").lang("es");
		xml.start("organisation-identifier").text(ref).end();
		xml.start("name");
		narratives(xml, name);
		xml.end();
		xml.start("reporting-org").attr("ref", ref).attr("type", "10");
		narratives(xml, name);
		xml.end();
		if (budget != null) {
			xml.start("total-budget");
			xml.start("period-start").attr("iso-date", budget.start()).end();
			xml.start("period-end").attr("iso-date", budget.end()).end();
			xml.start("value")
				.attr("currency", budget.currency())
				.attr("value-date", budget.start())
				.text(budget.amount().toPlainString())
				.end();
			xml.end();
		}
		xml.end();
		xml.end();
		return Optional.of(this.stamps.stamp("iati-organisations.xml", IatiFile.XML, xml.bytes()));
	}

	private static void narratives(XmlOut xml, Bilingual text) {
		xml.start("narrative").text(text.es()).end();
		xml.start("narrative").lang("en").text(text.en()).end();
	}

}
