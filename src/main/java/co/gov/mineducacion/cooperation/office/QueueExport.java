package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.queue.OfferQueue;
import co.gov.mineducacion.cooperation.offer.queue.QueueFilter;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Downloads of the queue as CSV: UTF-8 with a byte order mark (so Excel reads accents
 * right), RFC 4180 quoting, cells neutralised against formula injection. Rows go from a
 * database cursor straight to the response, so memory stays flat for any number of
 * offers. Every download is audited with what was exported and how many rows.
 */
@Component
class QueueExport {

	static final String ACTION = "offer.exported";

	private final OfferQueue offers;

	private final OfficeQueueService queue;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	QueueExport(OfferQueue offers, OfficeQueueService queue, MessageSource messages, AuditLog audit, Clock clock) {
		this.offers = offers;
		this.queue = queue;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The queue as filtered and sorted by the form; {@code filter} is the form's query,
	 * {@code target} and {@code summary} say in the audit log what was exported.
	 */
	View csv(QueueFilter filter, QueueForm form, QueueChoices choices, String target, String summary) {
		return new View() {

			@Override
			public String getContentType() {
				return "text/csv;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				Locale locale = RequestContextUtils.getLocale(request);
				response.setContentType(getContentType());
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(fileName(locale), StandardCharsets.UTF_8)
							.build()
							.toString());
				AtomicLong rows = new AtomicLong();
				boolean complete = false;
				try {
					write(filter, form.sortValue(), form.descending(), choices, locale, rows, new BufferedWriter(
							new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024));
					complete = true;
				}
				finally {
					// Rows that left before a broken download count as exported too.
					QueueExport.this.audit.record(ACTION, target,
							summary + "; rows=" + rows.get() + (complete ? "" : "; interrupted"));
				}
			}

		};
	}

	private void write(QueueFilter filter, QueueSort sort, boolean descending, QueueChoices choices, Locale locale,
			AtomicLong rows, Writer writer) throws IOException {
		QueueCsv csv = new QueueCsv(this.messages, locale);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader(csv.header().toArray(String[]::new)).get())) {
			Instant now = this.clock.instant();
			this.offers.export(filter, sort, descending, (row) -> {
				try {
					printer.printRecord(csv.cells(this.queue.entry(row, choices, now)));
					rows.incrementAndGet();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private String fileName(Locale locale) {
		return this.messages.getMessage("admin.queue.csv.fileName", null, locale) + "-"
				+ LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE)) + ".csv";
	}

}
