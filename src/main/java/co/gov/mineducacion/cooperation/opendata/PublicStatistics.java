package co.gov.mineducacion.cooperation.opendata;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferTally;
import co.gov.mineducacion.cooperation.opendata.StatisticsFigures.Figures;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The public statistics in the reader's language: each table with its rows named, small
 * counts of offers suppressed, and each table as a CSV file.
 */
@Service
class PublicStatistics {

	private final StatisticsFigures figures;

	private final CatalogService catalog;

	private final ActivityStatistics activities;

	private final MessageSource messages;

	PublicStatistics(StatisticsFigures figures, CatalogService catalog, ActivityStatistics activities,
			MessageSource messages) {
		this.figures = figures;
		this.catalog = catalog;
		this.activities = activities;
		this.messages = messages;
	}

	Statistics statistics(Locale locale) {
		Figures f = this.figures.figures();
		return new Statistics(f.first(), f.last(), tables(f, locale), f.responseTimes());
	}

	/**
	 * One table as CSV (UTF-8 with a byte-order mark, so that spreadsheets keep the
	 * accents), with the headers and names in the reader's language; empty for an unknown
	 * table.
	 */
	Optional<byte[]> csv(String id, Locale locale) {
		return tables(this.figures.figures(), locale).stream()
			.filter((table) -> table.id().equals(id))
			.findFirst()
			.map((table) -> csv(table, locale));
	}

	private byte[] csv(StatisticsTable table, Locale locale) {
		List<String> header = new ArrayList<>();
		header.add(message("statistics.table." + table.id() + ".label", locale));
		header.addAll(table.headers());
		Csv csv = new Csv(header.toArray(String[]::new));
		String suppressed = message("statistics.suppressed", locale);
		for (StatisticsRow row : table.rows()) {
			List<Object> fields = new ArrayList<>();
			fields.add(row.label());
			row.cells().forEach((cell) -> fields.add(cell.suppressed() ? suppressed : cell.value()));
			csv.row(fields);
		}
		return csv.bytesWithByteOrderMark();
	}

	private List<StatisticsTable> tables(Figures f, Locale locale) {
		List<String> offers = List.of(message("statistics.column.received", locale),
				message("statistics.column.accepted", locale));
		List<StatisticsTable> tables = new ArrayList<>(List.of(perMonth(f, locale, offers), bySector(f, locale, offers),
				byActionType(f, locale, offers), byProject(f, locale, offers), byChannel(f, locale, offers)));
		tables.addAll(this.activities.tables(f, locale));
		return tables;
	}

	private StatisticsTable perMonth(Figures f, Locale locale, List<String> headers) {
		Map<String, OfferTally> tallies = byCode(f.months());
		DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
		List<StatisticsRow> rows = new ArrayList<>();
		for (YearMonth month = f.first(); !month.isAfter(f.last()); month = month.plusMonths(1)) {
			String label = month.format(format);
			rows.add(offers(label, label, tallies.get(month.toString())));
		}
		return new StatisticsTable("month", false, StatisticsTable.OFFERS, headers, rows);
	}

	private StatisticsTable bySector(Figures f, Locale locale, List<String> headers) {
		Map<String, OfferTally> tallies = byCode(f.sectors());
		return new StatisticsTable("sector", true, StatisticsTable.OFFERS, headers,
				this.catalog.sectors(locale)
					.stream()
					.map((sector) -> offers(sector.name(), sector.name(), tallies.get(sector.code())))
					.toList());
	}

	/**
	 * How offers reached the office: the web form, or by phone, in person, by email or by
	 * post (filed by the office); small counts are suppressed like every other.
	 */
	private StatisticsTable byChannel(Figures f, Locale locale, List<String> headers) {
		Map<String, OfferTally> tallies = byCode(f.channels());
		return new StatisticsTable("channel", false, StatisticsTable.OFFERS, headers,
				Arrays.stream(OfferChannel.values()).map((channel) -> {
					String name = message("OfferChannel." + channel.name(), locale);
					return offers(name, name, tallies.get(channel.name()));
				}).toList());
	}

	private StatisticsTable byActionType(Figures f, Locale locale, List<String> headers) {
		Map<String, OfferTally> tallies = byCode(f.actionTypes());
		return new StatisticsTable("actionType", true, StatisticsTable.OFFERS, headers, this.catalog.actionTypes(locale)
			.stream()
			.map((type) -> offers(type.code() + " · " + type.shortName(), type.code(), tallies.get(type.code())))
			.toList());
	}

	/**
	 * Projects named by offers, most named first; retired projects keep their name.
	 */
	private StatisticsTable byProject(Figures f, Locale locale, List<String> headers) {
		Map<String, String> names = this.catalog.projectNames(locale);
		return new StatisticsTable("project", true, StatisticsTable.OFFERS, headers,
				f.projects()
					.stream()
					.sorted(Comparator.comparingLong(OfferTally::received).reversed().thenComparing(OfferTally::code))
					.map((t) -> offers(t.code() + " · " + names.getOrDefault(t.code(), t.code()), t.code(), t))
					.toList());
	}

	private static StatisticsRow offers(String label, String shortLabel, OfferTally tally) {
		long received = (tally != null) ? tally.received() : 0;
		long accepted = (tally != null) ? tally.accepted() : 0;
		return new StatisticsRow(label, shortLabel,
				List.of(StatisticsCell.offers(received), StatisticsCell.offers(accepted)));
	}

	private static Map<String, OfferTally> byCode(List<OfferTally> tallies) {
		return tallies.stream().collect(Collectors.toMap(OfferTally::code, Function.identity()));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * What {@code /statistics} shows.
	 *
	 * @param first the first month counted
	 * @param last the last month counted (the current one)
	 * @param tables the tables, in page order
	 * @param responseTimes how fast the office answers
	 */
	record Statistics(YearMonth first, YearMonth last, List<StatisticsTable> tables, ResponseTimes responseTimes) {

		Statistics {
			tables = List.copyOf(tables);
		}

	}

}
