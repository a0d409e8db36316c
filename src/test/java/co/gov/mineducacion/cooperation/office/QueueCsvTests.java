package co.gov.mineducacion.cooperation.office;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.queue.QueueRow;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class QueueCsvTests {

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsAFormula() {
		assertThat(QueueCsv.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(QueueCsv.neutralised("+57 300")).isEqualTo("'+57 300");
		assertThat(QueueCsv.neutralised("-2+3")).isEqualTo("'-2+3");
		assertThat(QueueCsv.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(QueueCsv.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(QueueCsv.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(QueueCsv.neutralised("Fundación = Futuro")).isEqualTo("Fundación = Futuro");
		assertThat(QueueCsv.neutralised("2026-03-27")).isEqualTo("2026-03-27");
		assertThat(QueueCsv.neutralised(null)).isEmpty();
	}

	@Test
	void writesEveryColumnInTheReadersLanguage() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		QueueCsv csv = new QueueCsv(messages, Locale.ENGLISH);
		Instant received = Instant.parse("2026-03-27T15:00:00Z");
		QueueRow row = new QueueRow("CO-2026-ABCD-EFGH", 0, "=Org", "NGO", "Becas", List.of("EFI-01", "SUP-PER-03"),
				List.of("05"), false, received, OfferStatus.RECEIVED, null, received, null, OfferChannel.PHONE);
		QueueEntry entry = new QueueEntry(row, received.atZone(ZoneId.of("America/Bogota")), "NGO",
				List.of("Antioquia"), null, new ResponseClock(java.time.LocalDate.of(2026, 4, 21), 3, "DUE_SOON"));
		assertThat(csv.header()).hasSize(12).startsWith("Filing number", "Organisation").endsWith("Received by");
		assertThat(csv.cells(entry)).containsExactly("CO-2026-ABCD-EFGH", "'=Org", "NGO", "Becas", "EFI-01, SUP-PER-03",
				"Antioquia", "2026-03-27 10:00", "Received", "", "2026-04-21", "Due soon", "Phone");
	}

}
