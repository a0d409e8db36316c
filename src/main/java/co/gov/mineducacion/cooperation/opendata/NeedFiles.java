package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.need.NeedRecord;
import co.gov.mineducacion.cooperation.need.NeedService;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The needs the office publishes, as CSV (with a UTF-8 byte-order mark, so that
 * spreadsheets keep the accents) and JSON: codes as text, amounts exact, and what meets
 * each need so far.
 */
@Component
class NeedFiles {

	static final List<String> COLUMNS = List.of("slug", "url", "title_es", "title_en", "description_es",
			"description_en", "status", "due_date", "strategic_project", "department_codes", "municipality_codes",
			"action_types", "amount", "currency", "quantity", "unit_es", "unit_en", "met", "accepted_offers",
			"updated_at");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NeedService needs;

	private final PortalProperties properties;

	private final FileStamps stamps;

	NeedFiles(NeedService needs, PortalProperties properties, FileStamps stamps) {
		this.needs = needs;
		this.properties = properties;
		this.stamps = stamps;
	}

	PublishedFile needsCsv() {
		Csv csv = new Csv(COLUMNS.toArray(String[]::new));
		for (NeedRecord n : this.needs.records()) {
			csv.row(Arrays.asList(n.slug(), url(n), n.title().es(), n.title().en(), n.description().es(),
					n.description().en(), n.status(), n.dueDate().toString(), n.project(), codes(n.departments()),
					codes(n.municipalities()), codes(n.actionTypes()), plain(n.amount()), n.currency(),
					(n.quantity() != null) ? n.quantity().toString() : null, (n.unit() != null) ? n.unit().es() : null,
					(n.unit() != null) ? n.unit().en() : null, plain(n.met()), n.acceptedOffers(), n.updatedAt()));
		}
		return this.stamps.stamp("needs.csv", ActivityFiles.CSV, csv.bytesWithByteOrderMark());
	}

	PublishedFile needsJson() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (NeedRecord n : this.needs.records()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("slug", n.slug());
			json.put("url", url(n));
			json.put("title", text(n.title()));
			json.put("description", text(n.description()));
			json.put("status", n.status());
			json.put("dueDate", n.dueDate().toString());
			json.put("strategicProject", n.project());
			json.put("departments", List.copyOf(n.departments()));
			json.put("municipalities", List.copyOf(n.municipalities()));
			json.put("actionTypes", List.copyOf(n.actionTypes()));
			json.put("amount", plain(n.amount()));
			json.put("currency", n.currency());
			json.put("quantity", n.quantity());
			json.put("unit", (n.unit() != null) ? text(n.unit()) : null);
			json.put("met", plain(n.met()));
			json.put("acceptedOffers", n.acceptedOffers());
			json.put("updatedAt", n.updatedAt().toString());
			list.add(json);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("source", this.properties.baseUrl().resolve("/open-data").toString());
		document.put("licence", OpenDataController.LICENCE);
		document.put("needs", list);
		return this.stamps.stamp("needs.json", MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(document));
	}

	private String url(NeedRecord need) {
		return ActivityFiles.absolute(this.properties.baseUrl(), "/needs/" + need.slug());
	}

	/**
	 * Codes joined with semicolons, sorted: text, never numbers, so that "05" keeps its
	 * zero.
	 */
	private static String codes(Set<String> codes) {
		return String.join(";", new TreeSet<>(codes));
	}

	/**
	 * An exact amount as plain digits ("1500000.50"), as text in JSON so that no reader
	 * rounds it.
	 */
	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static Map<String, String> text(Bilingual text) {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("es", text.es());
		json.put("en", text.en());
		return json;
	}

}
