package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;
import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public statistics: each chart with its table, and each table as a CSV file in the
 * reader's language.
 */
@Controller
class StatisticsController {

	private final PublicStatistics statistics;

	private final Clock clock;

	StatisticsController(PublicStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/statistics")
	String page(Locale locale, Model model) {
		model.addAttribute("statistics", this.statistics.statistics(locale));
		// Counted afresh (within the cache's minute) on every visit.
		model.addAttribute(PageUpdated.ATTRIBUTE, LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE)));
		return "opendata/statistics";
	}

	@GetMapping("/statistics/{table}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String table, Locale locale) {
		byte[] body = this.statistics.csv(table, locale).orElseThrow(PageNotFoundException::new);
		String name = "statistics-" + table + "-" + locale.getLanguage() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
