package co.gov.mineducacion.cooperation.opendata;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The official IATI 2.03 schemas and codelists copied into
 * {@code src/test/resources/iati} (see its README), for tests; nothing is fetched from
 * the network.
 */
final class IatiCodelists {

	/**
	 * Where the activity file holds codes, and the codelist each must come from.
	 */
	static final Map<String, String> ACTIVITY_CODES = activityCodes();

	/**
	 * Elements whose codes come from lists not copied here (ActivityScope, LocationReach,
	 * ContactType, ResultType, IndicatorMeasure): the schema checks their form only.
	 */
	static final Set<String> UNLISTED = Set.of("activity-scope", "location-reach", "contact-info", "result",
			"indicator");

	private IatiCodelists() {
	}

	private static Map<String, String> activityCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put("//reporting-org/@type", "OrganisationType");
		codes.put("//participating-org/@type", "OrganisationType");
		codes.put("//participating-org/@role", "OrganisationRole");
		codes.put("//description/@type", "DescriptionType");
		codes.put("//activity-status/@code", "ActivityStatus");
		codes.put("//activity-date/@type", "ActivityDateType");
		codes.put("//recipient-country/@code", "Country");
		codes.put("//location/exactness/@code", "GeographicExactness");
		codes.put("//location/location-class/@code", "GeographicLocationClass");
		codes.put("//sector/@vocabulary", "SectorVocabulary");
		codes.put("//sector[@vocabulary='1']/@code", "Sector");
		codes.put("//sector[@vocabulary='2']/@code", "SectorCategory");
		codes.put("//sector[@vocabulary='7']/@code", "UNSDG-Goals");
		codes.put("//collaboration-type/@code", "CollaborationType");
		codes.put("//default-flow-type/@code", "FlowType");
		codes.put("//default-finance-type/@code", "FinanceType");
		codes.put("//default-aid-type/@code", "AidType");
		codes.put("//budget/@type", "BudgetType");
		codes.put("//budget/@status", "BudgetStatus");
		codes.put("//transaction-type/@code", "TransactionType");
		codes.put("//value/@currency", "Currency");
		codes.put("//document-link/category/@code", "DocumentCategory");
		codes.put("//document-link/language/@code", "Language");
		codes.put("//@xml:lang", "Language");
		return codes;
	}

	static Schema schema(String file) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		return factory.newSchema(new StreamSource(IatiCodelists.class.getResource("/iati/2.03/" + file).toString()));
	}

	/**
	 * The active codes of a codelist (an item without a status is active).
	 */
	static Set<String> activeCodes(String codelist) throws Exception {
		try (InputStream in = IatiCodelists.class.getResourceAsStream("/iati/codelists/" + codelist + ".xml")) {
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
			NodeList items = document.getElementsByTagName("codelist-item");
			Set<String> codes = new TreeSet<>();
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				String status = item.getAttribute("status");
				if (status.isEmpty() || "active".equals(status)) {
					codes.add(item.getElementsByTagName("code").item(0).getTextContent().trim());
				}
			}
			return codes;
		}
	}

}
