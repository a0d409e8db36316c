package co.gov.mineducacion.cooperation.opendata;

import java.time.Duration;

import co.gov.mineducacion.cooperation.activity.ActivityDates;
import co.gov.mineducacion.cooperation.catalog.CatalogDates;
import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;
import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The open-data page and its files. Files are downloads with their real type, a strong
 * ETag and Last-Modified, so that clients may cache them and ask again cheaply (304).
 */
@Controller
class OpenDataController {

	static final String LICENCE = "CC-BY-4.0";

	private final ActivityFiles activities;

	private final PlaceFiles places;

	private final ProjectFiles projects;

	private final NeedFiles needs;

	private final IatiFile iati;

	private final OpenDataService datasets;

	private final ActivityDates activityDates;

	private final CatalogDates catalogDates;

	OpenDataController(ActivityFiles activities, PlaceFiles places, ProjectFiles projects, NeedFiles needs,
			IatiFile iati, OpenDataService datasets, ActivityDates activityDates, CatalogDates catalogDates) {
		this.activities = activities;
		this.places = places;
		this.projects = projects;
		this.needs = needs;
		this.iati = iati;
		this.datasets = datasets;
		this.activityDates = activityDates;
		this.catalogDates = catalogDates;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("datasets", this.datasets.datasets());
		model.addAttribute("iati", this.datasets.iati());
		model.addAttribute("iatiOrganisation", this.datasets.iatiOrganisation());
		// The files are made from the activities and the catalogue when downloaded.
		model.addAttribute(PageUpdated.ATTRIBUTE,
				PageUpdated.latest(this.activityDates.activities(), this.catalogDates.catalogue()));
		return "opendata/index";
	}

	@GetMapping("/open-data/activities.csv")
	ResponseEntity<byte[]> activitiesCsv(@RequestParam(required = false) String sdg) {
		return serve(this.activities.activitiesCsv(sdg));
	}

	@GetMapping("/open-data/activities.json")
	ResponseEntity<byte[]> activitiesJson(@RequestParam(required = false) String sdg) {
		return serve(this.activities.activitiesJson(sdg));
	}

	@GetMapping("/open-data/departments.csv")
	ResponseEntity<byte[]> departmentsCsv() {
		return serve(this.activities.departmentsCsv());
	}

	@GetMapping("/open-data/municipalities.csv")
	ResponseEntity<byte[]> municipalitiesCsv() {
		return serve(this.places.municipalitiesCsv());
	}

	@GetMapping("/open-data/strategic-projects.csv")
	ResponseEntity<byte[]> strategicProjectsCsv() {
		return serve(this.projects.strategicProjectsCsv());
	}

	@GetMapping("/open-data/needs.csv")
	ResponseEntity<byte[]> needsCsv() {
		return serve(this.needs.needsCsv());
	}

	@GetMapping("/open-data/needs.json")
	ResponseEntity<byte[]> needsJson() {
		return serve(this.needs.needsJson());
	}

	@GetMapping("/open-data/iati-activities.xml")
	ResponseEntity<byte[]> iatiActivities() {
		return serve(this.iati.file().orElseThrow(PageNotFoundException::new));
	}

	static ResponseEntity<byte[]> serve(PublishedFile file) {
		return ResponseEntity.ok()
			.contentType(file.type())
			// A weak tag: Tomcat compresses no answer that carries a strong one.
			.eTag("W/" + file.etag())
			.lastModified(file.lastModified())
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.body());
	}

}
