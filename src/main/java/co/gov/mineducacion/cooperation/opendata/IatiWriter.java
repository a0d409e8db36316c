package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.CityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.TargetRecord;
import co.gov.mineducacion.cooperation.activity.ActivityStatus;
import co.gov.mineducacion.cooperation.activity.DatePrecision;
import co.gov.mineducacion.cooperation.activity.PartialDate;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.territory.MunicipalityView;

/**
 * Writes activities as an IATI 2.03 activity file, in the element order of the IATI
 * activity schema. Codes used: ActivityStatus (1 pipeline, 2 implementation, 3
 * finalisation, 4 closed, 5 cancelled, 6 suspended), ActivityDateType (1 planned start, 2
 * actual start, 3 planned end, 4 actual end), OrganisationRole (1 funding, 2 accountable:
 * the Ministry, 4 implementing), OrganisationType 10 (government) for the Ministry,
 * ContactType 1 (general enquiries), ActivityScope (5 several first-level areas, 6 one),
 * LocationReach 1 (activity), GeographicExactness 2 (approximate: the municipal seat),
 * LocationClass (1 administrative region, 2 populated place), SectorVocabulary (1 DAC
 * 5-digit, 2 DAC 3-digit, 7 SDG goals), money and classifications as {@link IatiFinance}
 * writes them, DocumentCategory A12 (activity web page), ResultType 1 (output),
 * IndicatorMeasure 1 (unit). Spanish is each activity's default language; English
 * narratives carry {@code xml:lang="en"}.
 */
final class IatiWriter {

	static final String VERSION = "2.03";

	private final XmlOut xml = new XmlOut();

	private final Publisher publisher;

	private final Map<String, String> departments;

	private final Map<String, MunicipalityView> seats;

	private final LocalDate today;

	IatiWriter(Publisher publisher, Map<String, String> departments, Map<String, MunicipalityView> seats,
			LocalDate today) {
		this.publisher = publisher;
		this.departments = departments;
		this.seats = seats;
		this.today = today;
	}

	byte[] write(List<ActivityRecord> activities) {
		Instant generated = activities.stream().map(ActivityRecord::updatedAt).max(Instant::compareTo).orElseThrow();
		this.xml.start("iati-activities").attr("version", VERSION).attr("generated-datetime", colombian(generated));
		activities.forEach(this::activity);
		this.xml.end();
		return this.xml.bytes();
	}

	private void activity(ActivityRecord a) {
		this.xml.start("iati-activity")
			.attr("last-updated-datetime", colombian(a.updatedAt()))
			.lang("es")
			.attr("hierarchy", 1);
		this.xml.start("iati-identifier").text(identifier(a)).end();
		this.xml.start("reporting-org").attr("ref", this.publisher.ref()).attr("type", "10");
		narratives(this.publisher.name());
		this.xml.end();
		texts("title", a.title(), null);
		texts("description", a.description(), "1");
		this.xml.start("participating-org").attr("ref", this.publisher.ref()).attr("role", "2").attr("type", "10");
		narratives(this.publisher.name());
		this.xml.end();
		a.organisations().forEach((o) -> {
			this.xml.start("participating-org").attr("role", o.role().iatiCode());
			this.xml.start("narrative").text(o.name()).end();
			this.xml.end();
		});
		this.xml.start("activity-status")
			.attr("code", IatiCodes.activityStatus(a.status(), a.funding().accountsClosed()))
			.end();
		dates(a);
		contact(a.contact());
		if (!a.departments().isEmpty()) {
			this.xml.start("activity-scope").attr("code", (a.departments().size() > 1) ? "5" : "6").end();
		}
		this.xml.start("recipient-country").attr("code", "CO").attr("percentage", 100).end();
		locations(a);
		sectors(a);
		IatiFinance finance = new IatiFinance(this.xml, this.today);
		finance.classifications(a.funding());
		finance.budget(a);
		finance.transactions(a);
		documents(a);
		a.targets().forEach((t) -> result(a, t));
		this.xml.end();
	}

	private void dates(ActivityRecord a) {
		boolean started = a.status() != ActivityStatus.PLANNED && a.status() != ActivityStatus.CANCELLED;
		date("1", a.start(), a.start().firstDay());
		if (started && !a.start().firstDay().isAfter(this.today)) {
			date("2", a.start(), a.start().firstDay());
		}
		if (a.end() != null) {
			date("3", a.end(), a.end().lastDay());
			if (a.status() == ActivityStatus.FINISHED && a.end().lastDay().isBefore(this.today)) {
				date("4", a.end(), a.end().lastDay());
			}
		}
	}

	private void date(String type, PartialDate date, LocalDate day) {
		this.xml.start("activity-date").attr("type", type).attr("iso-date", day);
		if (date.precision() == DatePrecision.MONTH) {
			this.xml.start("narrative").text(date.iso()).end();
		}
		this.xml.end();
	}

	private void contact(ActivityRecord.ContactRecord c) {
		if (c.isEmpty()) {
			return;
		}
		this.xml.start("contact-info").attr("type", "1");
		if (c.department() != null) {
			this.xml.start("department");
			narratives(c.department());
			this.xml.end();
		}
		if (c.name() != null) {
			this.xml.start("person-name").start("narrative").text(c.name()).end().end();
		}
		if (c.phone() != null) {
			this.xml.start("telephone").text(c.phone()).end();
		}
		if (c.email() != null) {
			this.xml.start("email").text(c.email()).end();
		}
		this.xml.end();
	}

	private void locations(ActivityRecord a) {
		for (CityRecord city : a.cities()) {
			location("DIVIPOLA-" + city.code(), city.name() + ", " + this.departments.get(city.departmentCode()), "2",
					this.seats.get(city.code()));
		}
		Set<String> withCities = a.cities()
			.stream()
			.map(CityRecord::departmentCode)
			.collect(java.util.stream.Collectors.toSet());
		a.departments()
			.stream()
			.filter((code) -> !withCities.contains(code))
			.forEach((code) -> location("DIVIPOLA-" + code, this.departments.get(code), "1", null));
	}

	private void location(String ref, String name, String locationClass, MunicipalityView seat) {
		this.xml.start("location").attr("ref", ref);
		this.xml.start("location-reach").attr("code", "1").end();
		this.xml.start("name").start("narrative").text(name).end().end();
		if (seat != null) {
			this.xml.start("point").attr("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326");
			this.xml.start("pos").text(seat.latitude().toPlainString() + " " + seat.longitude().toPlainString()).end();
			this.xml.end();
			this.xml.start("exactness").attr("code", "2").end();
		}
		this.xml.start("location-class").attr("code", locationClass).end();
		this.xml.end();
	}

	/**
	 * DAC 5-digit sectors (vocabulary 1) and SDG goals (vocabulary 7), each vocabulary's
	 * percentages summing to 100. An activity the office gave no DAC sector is reported
	 * in DAC 3-digit category 111 (vocabulary 2, education, level unspecified): every
	 * activity of the Ministry of Education is in education, and IATI rule 6.2.2 wants a
	 * sector.
	 */
	private void sectors(ActivityRecord a) {
		if (a.sectors().isEmpty()) {
			sector("2", "111", BigDecimal.valueOf(100));
		}
		shares("1", List.copyOf(a.sectors()));
		shares("7", a.funding().sdgs().stream().sorted().map(String::valueOf).toList());
	}

	private void shares(String vocabulary, List<String> codes) {
		if (codes.isEmpty()) {
			return;
		}
		BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
		BigDecimal first = BigDecimal.valueOf(100).subtract(share.multiply(BigDecimal.valueOf(codes.size() - 1)));
		for (int i = 0; i < codes.size(); i++) {
			sector(vocabulary, codes.get(i), (i == 0) ? first : share);
		}
	}

	private void sector(String vocabulary, String code, BigDecimal percentage) {
		this.xml.start("sector")
			.attr("vocabulary", vocabulary)
			.attr("code", code)
			.attr("percentage", percentage.stripTrailingZeros().toPlainString())
			.end();
	}

	private void documents(ActivityRecord a) {
		this.xml.start("document-link").attr("url", this.publisher.activityUrl(a.slug())).attr("format", "text/html");
		texts("title", a.title(), null);
		this.xml.start("category").attr("code", "A12").end();
		this.xml.start("language").attr("code", "es").end();
		this.xml.start("language").attr("code", "en").end();
		this.xml.end();
		a.links().forEach((l) -> {
			this.xml.start("document-link").attr("url", l.url()).attr("format", format(l.url()));
			this.xml.start("title").start("narrative").text(l.title()).end().end();
			this.xml.start("category").attr("code", "A12").end();
			this.xml.end();
		});
	}

	private void result(ActivityRecord a, TargetRecord t) {
		this.xml.start("result").attr("type", "1");
		texts("title", t.indicator(), null);
		this.xml.start("indicator").attr("measure", "1").attr("ascending", "1");
		texts("title", t.indicator(), null);
		if (a.end() != null) {
			this.xml.start("period");
			this.xml.start("period-start").attr("iso-date", a.start().firstDay()).end();
			this.xml.start("period-end").attr("iso-date", a.end().lastDay()).end();
			this.xml.start("target").attr("value", t.target()).end();
			if (t.reached() != null) {
				this.xml.start("actual").attr("value", t.reached()).end();
			}
			this.xml.end();
		}
		this.xml.end();
		this.xml.end();
	}

	private void texts(String element, Bilingual text, String type) {
		this.xml.start(element).attr("type", type);
		narratives(text);
		this.xml.end();
	}

	private void narratives(Bilingual text) {
		if (text.es() != null) {
			this.xml.start("narrative").text(text.es()).end();
		}
		if (text.en() != null) {
			this.xml.start("narrative").lang("en").text(text.en()).end();
		}
	}

	String identifier(ActivityRecord a) {
		return this.publisher.ref() + "-" + a.slug().toUpperCase(Locale.ROOT);
	}

	/**
	 * A moment as the office lives it: Colombia's offset, to the second, so that the date
	 * part is the Colombian date (an update at 19:30 in Bogotá is not "tomorrow" for a
	 * reader comparing dates).
	 */
	private static String colombian(Instant at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(OffsetDateTime.ofInstant(at, Colombia.TIME_ZONE).truncatedTo(ChronoUnit.SECONDS));
	}

	private static String format(String url) {
		String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
		if (path.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (path.endsWith(".docx")) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		if (path.endsWith(".xlsx")) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		return "text/html";
	}

	/**
	 * Who publishes the file: the reporting organisation's IATI identifier and name, and
	 * where activity pages live.
	 */
	record Publisher(String ref, Bilingual name, java.net.URI baseUrl) {

		String activityUrl(String slug) {
			return baseUrl().resolve("/activities/" + slug).toString();
		}

	}

}
