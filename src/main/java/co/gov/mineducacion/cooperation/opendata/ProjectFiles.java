package co.gov.mineducacion.cooperation.opendata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.ActivityStatus;
import co.gov.mineducacion.cooperation.catalog.ProjectRegister;
import co.gov.mineducacion.cooperation.catalog.PublishedProject;
import co.gov.mineducacion.cooperation.offer.AcceptedOffers;
import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.stereotype.Component;

/**
 * The strategic projects as CSV, each with the activities and accepted offers that name
 * it (offers only counted).
 */
@Component
class ProjectFiles {

	static final List<String> COLUMNS = List.of("code", "level", "axis", "name_es", "name_en", "objective_es",
			"objective_en", "activities", "activities_under_way", "accepted_offers", "url");

	private final ProjectRegister projects;

	private final ActivityService activities;

	private final AcceptedOffers offers;

	private final PortalProperties properties;

	private final FileStamps stamps;

	ProjectFiles(ProjectRegister projects, ActivityService activities, AcceptedOffers offers,
			PortalProperties properties, FileStamps stamps) {
		this.projects = projects;
		this.activities = activities;
		this.offers = offers;
		this.properties = properties;
		this.stamps = stamps;
	}

	PublishedFile strategicProjectsCsv() {
		Map<String, long[]> counts = new HashMap<>();
		for (ActivityRecord activity : this.activities.records()) {
			boolean underWay = activity.status() == ActivityStatus.UNDER_WAY;
			activity.strategicProjects().forEach((code) -> {
				long[] c = counts.computeIfAbsent(code, (k) -> new long[3]);
				c[0]++;
				c[1] += underWay ? 1 : 0;
			});
		}
		this.offers.facts()
			.forEach((offer) -> offer.strategicProjects()
				.forEach((code) -> counts.computeIfAbsent(code, (k) -> new long[3])[2]++));
		Csv csv = new Csv(COLUMNS.toArray(String[]::new));
		for (PublishedProject p : this.projects.published()) {
			long[] c = counts.getOrDefault(p.code(), new long[3]);
			csv.row(Arrays.asList(p.code(), p.level().name(), p.axis().name(), p.name().es(), p.name().en(),
					(p.objective() != null) ? p.objective().es() : null,
					(p.objective() != null) ? p.objective().en() : null, c[0], c[1], c[2],
					ActivityFiles.absolute(this.properties.baseUrl(), "/strategic-projects/" + p.code())));
		}
		return this.stamps.stamp("strategic-projects.csv", ActivityFiles.CSV, csv.bytesWithByteOrderMark());
	}

}
