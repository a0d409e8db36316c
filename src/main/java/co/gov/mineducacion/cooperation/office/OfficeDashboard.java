package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferCount;
import co.gov.mineducacion.cooperation.offer.OfferStatistics;
import co.gov.mineducacion.cooperation.offer.LegalTerms;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's numbers, with names in the reader's language: offers by status, by
 * month of the last twelve, by kind of cooperator, way to cooperate, strategic project,
 * department and channel (web form, phone, in person, email, post), and how many answers
 * are overdue.
 */
@Service
class OfficeDashboard {

	static final int MONTHS = 12;

	private final OfferStatistics statistics;

	private final CatalogService catalog;

	private final TerritoryService territory;

	private final MessageSource messages;

	private final Clock clock;

	private final LegalTerms terms;

	OfficeDashboard(OfferStatistics statistics, CatalogService catalog, TerritoryService territory,
			MessageSource messages, Clock clock, LegalTerms terms) {
		this.terms = terms;
		this.statistics = statistics;
		this.catalog = catalog;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
	}

	Dashboard dashboard(Locale locale) {
		Instant now = this.clock.instant();
		Map<String, Long> statuses = toMap(this.statistics.byStatus());
		long awaiting = OfferStatus.awaitingTheOffice()
			.stream()
			.mapToLong((status) -> statuses.getOrDefault(status.name(), 0L))
			.sum();
		Map<String, Long> clocks = responseClocks(now);
		DashboardChart byStatus = byStatus(statuses, locale);
		return new Dashboard(byStatus.total(), awaiting, clocks.getOrDefault("OVERDUE", 0L),
				clocks.getOrDefault("DUE_SOON", 0L), List.of(byStatus, perMonth(now, locale), bySector(locale),
						byActionType(locale), byProject(locale), byDepartment(locale), byChannel(locale)));
	}

	/**
	 * Only clocks started at least 12 calendar days ago (for the default 15 business
	 * days) can be due within 3 business days, so the others are not read at all; an
	 * extended term started earlier still.
	 */
	private Map<String, Long> responseClocks(Instant now) {
		Instant cutoff = now.minus(Duration.ofDays(this.terms.answerBusinessDays() - ResponseClock.DUE_SOON));
		return this.statistics.runningClocksStartedBefore(cutoff)
			.stream()
			.map((running) -> ResponseClock
				.of(this.terms.answerDue(running.startedAt(), running.extendedUntil()), running.extendedUntil() != null,
						now, this.terms.calendar())
				.state())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private DashboardChart byStatus(Map<String, Long> counts, Locale locale) {
		List<ChartRow> rows = new ArrayList<>();
		for (OfferStatus status : OfferStatus.values()) {
			String label = this.messages.getMessage("OfferStatus." + status.name(), null, locale);
			String href = UriComponentsBuilder.fromPath("/admin/offers")
				.queryParam("status", status.name())
				.toUriString();
			rows.add(new ChartRow(label, label, counts.getOrDefault(status.name(), 0L), href));
		}
		return new DashboardChart("status", false, rows);
	}

	/**
	 * Offers by how they reached the office, each bar leading to the queue of its
	 * channel.
	 */
	private DashboardChart byChannel(Locale locale) {
		Map<String, Long> counts = toMap(this.statistics.byChannel());
		List<ChartRow> rows = new ArrayList<>();
		for (OfferChannel channel : OfferChannel.values()) {
			String label = this.messages.getMessage("OfferChannel." + channel.name(), null, locale);
			String href = UriComponentsBuilder.fromPath("/admin/offers")
				.queryParam("channel", channel.name())
				.toUriString();
			rows.add(new ChartRow(label, label, counts.getOrDefault(channel.name(), 0L), href));
		}
		return new DashboardChart("channel", false, rows);
	}

	private DashboardChart perMonth(Instant now, Locale locale) {
		YearMonth last = YearMonth.from(now.atZone(Colombia.TIME_ZONE));
		YearMonth first = last.minusMonths(MONTHS - 1);
		Map<String, Long> counts = toMap(
				this.statistics.receivedPerMonth(first.atDay(1).atStartOfDay(Colombia.TIME_ZONE).toInstant()));
		DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		List<ChartRow> rows = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			rows.add(ChartRow.of(month.format(format), counts.getOrDefault(month.toString(), 0L)));
		}
		return new DashboardChart("month", false, rows);
	}

	private DashboardChart bySector(Locale locale) {
		Map<String, Long> counts = toMap(this.statistics.bySector());
		return new DashboardChart("sector", true,
				this.catalog.sectors(locale)
					.stream()
					.map((sector) -> ChartRow.of(sector.name(), counts.getOrDefault(sector.code(), 0L)))
					.toList());
	}

	private DashboardChart byActionType(Locale locale) {
		Map<String, Long> counts = toMap(this.statistics.byActionType());
		return new DashboardChart("actionType", true,
				this.catalog.actionTypes(locale)
					.stream()
					.map((type) -> new ChartRow(type.code() + " · " + type.shortName(), type.code(),
							counts.getOrDefault(type.code(), 0L), null))
					.toList());
	}

	/**
	 * Projects with offers, most named first; retired projects keep their name.
	 */
	private DashboardChart byProject(Locale locale) {
		Map<String, String> names = this.catalog.projectNames(locale);
		return new DashboardChart("project", true,
				mostFirst(this.statistics.byStrategicProject()
					.stream()
					.map((c) -> new ChartRow(c.code() + " · " + names.getOrDefault(c.code(), c.code()), c.code(),
							c.count(), null))));
	}

	/**
	 * Departments with offers, most named first, and the offers for the whole country.
	 */
	private DashboardChart byDepartment(Locale locale) {
		Map<String, String> names = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		List<ChartRow> rows = new ArrayList<>(mostFirst(this.statistics.byDepartment()
			.stream()
			.map((c) -> ChartRow.of(names.getOrDefault(c.code(), c.code()), c.count()))));
		long national = this.statistics.nationalScope();
		if (national > 0) {
			rows.add(0, ChartRow.of(this.messages.getMessage("admin.queue.national", null, locale), national));
		}
		return new DashboardChart("department", true, rows);
	}

	private static List<ChartRow> mostFirst(Stream<ChartRow> rows) {
		return rows.sorted(Comparator.comparingLong(ChartRow::count).reversed().thenComparing(ChartRow::label))
			.toList();
	}

	private static Map<String, Long> toMap(List<OfferCount> counts) {
		return counts.stream().collect(Collectors.toMap(OfferCount::code, OfferCount::count));
	}

}
