package co.gov.mineducacion.cooperation.office;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;

import org.springframework.context.MessageSource;

/**
 * The queue's columns as CSV cells, labelled in the reader's language. Every cell is
 * neutralised against formula injection: spreadsheets run a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one),
 * so such a cell gets a leading apostrophe and is shown as the text it is.
 */
final class QueueCsv {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final List<String> header;

	private final Map<OfferStatus, String> statuses = new EnumMap<>(OfferStatus.class);

	private final Map<String, String> clocks;

	private final String national;

	private final Map<OfferChannel, String> channels = new EnumMap<>(OfferChannel.class);

	QueueCsv(MessageSource messages, Locale locale) {
		this.header = Stream
			.of("code", "organization", "sector", "title", "projects", "departments", "received", "status", "assignee",
					"due", "clockState", "channel")
			.map((column) -> messages.getMessage("admin.queue.csv." + column, null, locale))
			.toList();
		for (OfferStatus status : OfferStatus.values()) {
			this.statuses.put(status, messages.getMessage("OfferStatus." + status.name(), null, locale));
		}
		this.clocks = Stream.of("ON_TIME", "DUE_SOON", "OVERDUE")
			.collect(Collectors.toMap((state) -> state,
					(state) -> messages.getMessage("admin.queue.clock." + state, null, locale)));
		this.national = messages.getMessage("admin.queue.national", null, locale);
		for (OfferChannel channel : OfferChannel.values()) {
			this.channels.put(channel, messages.getMessage("OfferChannel." + channel.name(), null, locale));
		}
	}

	List<String> header() {
		return this.header;
	}

	/**
	 * One offer's cells, in the order of {@link #header()}.
	 */
	List<String> cells(QueueEntry entry) {
		ResponseClock clock = entry.clock();
		return Stream
			.of(entry.offer().trackingCode(), entry.offer().organizationName(), entry.sector(), entry.offer().title(),
					String.join(", ", entry.offer().strategicProjects()),
					entry.offer().nationalScope() ? this.national : String.join(", ", entry.departments()),
					RECEIVED.format(entry.receivedAt()), this.statuses.get(entry.offer().status()),
					(entry.assignee() != null) ? entry.assignee() : "", (clock != null) ? clock.due().toString() : "",
					(clock != null) ? this.clocks.get(clock.state()) : "", this.channels.get(entry.offer().channel()))
			.map(QueueCsv::neutralised)
			.toList();
	}

	static String neutralised(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
