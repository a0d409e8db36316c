package co.gov.mineducacion.cooperation.opendata;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.OrganisationRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.TargetRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.OrganisationRole;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.territory.CooperationFigures;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryFigures;
import co.gov.mineducacion.cooperation.territory.TerritoryService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The activities as CSV and JSON, and cooperation by department as CSV: the same numbers
 * as the list and the map.
 */
@Component
class ActivityFiles {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final List<String> ACTIVITY_COLUMNS = Stream.concat(
			Stream.of("slug", "url", "title_es", "title_en", "description_es", "description_en", "status", "start",
					"end", "age_min", "age_max", "funders", "implementers", "partners", "department_codes",
					"departments", "city_codes", "cities", "strategic_projects", "action_types", "dac_sectors",
					"targets_es", "targets_en", "documents", "contact_name", "contact_department_es",
					"contact_department_en", "contact_email", "contact_phone", "updated_at"),
			FundingColumns.COLUMNS.stream())
		.toList();

	static final List<String> DEPARTMENT_COLUMNS = List.of("divipola_code", "name", "activities_under_way",
			"activities", "accepted_offers");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ActivityService activities;

	private final TerritoryService territory;

	private final TerritoryFigures figures;

	private final PortalProperties properties;

	private final FileStamps stamps;

	ActivityFiles(ActivityService activities, TerritoryService territory, TerritoryFigures figures,
			PortalProperties properties, FileStamps stamps) {
		this.activities = activities;
		this.territory = territory;
		this.figures = figures;
		this.properties = properties;
		this.stamps = stamps;
	}

	/**
	 * The activities as CSV; with an SDG goal number, only those contributing to it.
	 */
	PublishedFile activitiesCsv(String sdg) {
		Map<String, String> departments = departmentNames();
		Csv csv = new Csv(ACTIVITY_COLUMNS.toArray(String[]::new));
		for (ActivityRecord a : records(sdg)) {
			List<Object> row = new ArrayList<>(java.util.Arrays.asList(a.slug(), url(a), a.title().es(), a.title().en(),
					a.description().es(), a.description().en(), a.status().name(), a.start().iso(),
					(a.end() != null) ? a.end().iso() : null, a.ageMin(), a.ageMax(), names(a, OrganisationRole.FUNDER),
					names(a, OrganisationRole.IMPLEMENTER), names(a, OrganisationRole.PARTNER),
					String.join(";", a.departments()),
					a.departments().stream().map(departments::get).collect(Collectors.joining(";")),
					join(a.cities(), ActivityRecord.CityRecord::code),
					join(a.cities(), ActivityRecord.CityRecord::name), String.join(";", a.strategicProjects()),
					String.join(";", a.actionTypes()), String.join(";", a.sectors()), targets(a, Bilingual::es),
					targets(a, Bilingual::en), join(a.links(), ActivityRecord.LinkRecord::url), a.contact().name(),
					(a.contact().department() != null) ? a.contact().department().es() : null,
					(a.contact().department() != null) ? a.contact().department().en() : null, a.contact().email(),
					a.contact().phone(), a.updatedAt()));
			row.addAll(FundingColumns.values(a));
			csv.row(row);
		}
		return this.stamps.stamp("activities.csv", CSV, csv.bytesWithByteOrderMark());
	}

	/**
	 * The activities as JSON; with an SDG goal number, only those contributing to it.
	 */
	PublishedFile activitiesJson(String sdg) {
		Map<String, String> departments = departmentNames();
		List<Map<String, Object>> list = new ArrayList<>();
		for (ActivityRecord a : records(sdg)) {
			list.add(ActivityJson.of(a, url(a), departments));
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("source", this.properties.baseUrl().resolve("/open-data").toString());
		document.put("licence", OpenDataController.LICENCE);
		document.put("activities", list);
		return this.stamps.stamp("activities.json", MediaType.APPLICATION_JSON, JSON.writeValueAsBytes(document));
	}

	PublishedFile departmentsCsv() {
		CooperationFigures current = this.figures.figures();
		Csv csv = new Csv(DEPARTMENT_COLUMNS.toArray(String[]::new));
		for (DepartmentView d : this.territory.departments()) {
			CooperationFigures.DepartmentFigures f = current.of(d.code());
			csv.row(List.of(d.code(), d.name(), f.activitiesUnderWay(), f.activities(), f.acceptedOffers()));
		}
		return this.stamps.stamp("departments.csv", CSV, csv.bytesWithByteOrderMark());
	}

	private List<ActivityRecord> records(String sdg) {
		return this.activities.records().stream().filter(FundingColumns.contributingTo(sdg)).toList();
	}

	String url(ActivityRecord activity) {
		return absolute(this.properties.baseUrl(), "/activities/" + activity.slug());
	}

	static String absolute(URI base, String path) {
		return base.resolve(path).toString();
	}

	private Map<String, String> departmentNames() {
		return this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
	}

	private static String names(ActivityRecord a, OrganisationRole role) {
		return a.organisations()
			.stream()
			.filter((o) -> o.role() == role)
			.map(OrganisationRecord::name)
			.collect(Collectors.joining(";"));
	}

	private static String targets(ActivityRecord a, Function<Bilingual, String> language) {
		return a.targets()
			.stream()
			.map((TargetRecord t) -> language.apply(t.indicator()) + ": " + t.target())
			.collect(Collectors.joining(";"));
	}

	private static <T> String join(List<T> items, Function<T, String> part) {
		return items.stream().map(part).collect(Collectors.joining(";"));
	}

}
