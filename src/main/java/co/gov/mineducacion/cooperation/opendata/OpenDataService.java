package co.gov.mineducacion.cooperation.opendata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The datasets the open-data page describes, listed once for the page and for the site
 * search.
 */
@Service
public class OpenDataService {

	static final List<String> IATI_ELEMENTS = List.of("iati-identifier", "reporting-org", "title", "description",
			"participating-org", "activity-status", "activity-date", "contact-info", "activity-scope",
			"recipient-country", "location", "sector", "collaboration-type", "default-flow-type",
			"default-finance-type", "default-aid-type", "budget", "transaction", "document-link", "result");

	static final List<String> IATI_ORGANISATION_ELEMENTS = List.of("organisation-identifier", "name", "reporting-org",
			"total-budget");

	private final IatiFile iati;

	private final IatiOrganisationFile organisation;

	private final MessageSource messages;

	OpenDataService(IatiFile iati, IatiOrganisationFile organisation, MessageSource messages) {
		this.iati = iati;
		this.organisation = organisation;
		this.messages = messages;
	}

	/**
	 * The datasets published as CSV and JSON.
	 */
	List<Dataset> datasets() {
		return List.of(
				new Dataset("activities",
						List.of(new Dataset.File("/open-data/activities.csv", "CSV"),
								new Dataset.File("/open-data/activities.json", "JSON")),
						ActivityFiles.ACTIVITY_COLUMNS),
				new Dataset("departments", List.of(new Dataset.File("/open-data/departments.csv", "CSV")),
						ActivityFiles.DEPARTMENT_COLUMNS),
				new Dataset("municipalities", List.of(new Dataset.File("/open-data/municipalities.csv", "CSV")),
						PlaceFiles.MUNICIPALITY_COLUMNS),
				new Dataset("projects", List.of(new Dataset.File("/open-data/strategic-projects.csv", "CSV")),
						ProjectFiles.COLUMNS),
				new Dataset("needs", List.of(new Dataset.File("/open-data/needs.csv", "CSV"),
						new Dataset.File("/open-data/needs.json", "JSON")), NeedFiles.COLUMNS));
	}

	/**
	 * The IATI activity file, without files while it is not published.
	 */
	Dataset iati() {
		return new Dataset(
				"iati", this.iati.isPublished()
						? List.of(new Dataset.File("/open-data/iati-activities.xml", "IATI XML 2.03")) : List.of(),
				IATI_ELEMENTS);
	}

	/**
	 * The IATI organisation file, without files while it is not published.
	 */
	Dataset iatiOrganisation() {
		return new Dataset("iatiOrganisation",
				this.organisation.isPublished()
						? List.of(new Dataset.File("/open-data/iati-organisations.xml", "IATI XML 2.03")) : List.of(),
				IATI_ORGANISATION_ELEMENTS);
	}

	/**
	 * Every dataset the open-data page describes, in the given language, with the address
	 * of its description on that page.
	 */
	public List<DatasetDescription> descriptions(Locale locale) {
		return Stream.concat(datasets().stream(), Stream.of(iati(), iatiOrganisation()))
			.map((dataset) -> new DatasetDescription(message(dataset, "title", locale),
					message(dataset, "text", locale), "/open-data#dataset-" + dataset.key()))
			.toList();
	}

	private String message(Dataset dataset, String part, Locale locale) {
		return this.messages.getMessage("opendata.dataset." + dataset.key() + "." + part, null, locale);
	}

}
