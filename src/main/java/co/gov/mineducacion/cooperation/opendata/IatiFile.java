package co.gov.mineducacion.cooperation.opendata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.MunicipalityView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The activities as an IATI 2.03 activity file, published once the office has set its
 * IATI organisation identifier ({@code portal.open-data.iati-reporting-org-ref}).
 */
@Component
class IatiFile {

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final ActivityService activities;

	private final TerritoryService territory;

	private final PortalProperties properties;

	private final MessageSource messages;

	private final FileStamps stamps;

	IatiFile(ActivityService activities, TerritoryService territory, PortalProperties properties,
			MessageSource messages, FileStamps stamps) {
		this.activities = activities;
		this.territory = territory;
		this.properties = properties;
		this.messages = messages;
		this.stamps = stamps;
	}

	boolean isPublished() {
		return this.properties.openData().publishesIati();
	}

	/**
	 * The Ministry's name in both languages, as the site's header gives it.
	 */
	static Bilingual ministry(MessageSource messages) {
		return new Bilingual(messages.getMessage("layout.ministry", null, Languages.SPANISH),
				messages.getMessage("layout.ministry", null, Languages.ENGLISH));
	}

	/**
	 * The file, or empty while it is not published (no identifier set, or no activity
	 * yet: an IATI file holds at least one).
	 */
	Optional<PublishedFile> file() {
		List<ActivityRecord> records = this.activities.records();
		if (!isPublished() || records.isEmpty()) {
			return Optional.empty();
		}
		Bilingual ministry = ministry(this.messages);
		IatiWriter.Publisher publisher = new IatiWriter.Publisher(this.properties.openData().iatiReportingOrgRef(),
				ministry, this.properties.baseUrl());
		Map<String, String> departments = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		Map<String, MunicipalityView> seats = this.territory.municipalities()
			.stream()
			.collect(Collectors.toMap(MunicipalityView::code, Function.identity()));
		byte[] body = new IatiWriter(publisher, departments, seats, this.activities.today()).write(records);
		return Optional.of(this.stamps.stamp("iati-activities.xml", XML, body));
	}

}
