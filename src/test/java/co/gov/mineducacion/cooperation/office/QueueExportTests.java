package co.gov.mineducacion.cooperation.office;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The queue as CSV: exactly the filtered (or selected) offers, UTF-8 with a byte order
 * mark, RFC 4180 quoting, formulas neutralised, streamed, and audited.
 */
@PortalTest
@WithStaff
class QueueExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfferRows rows;

	String word;

	@BeforeEach
	void ownWord() {
		this.rows = new OfferRows(this.jdbc);
		this.word = "zq" + OfferRows.randomLetters(6);
	}

	@Test
	void exportsExactlyTheFilteredQueueWithABomQuotingAndNeutralisedFormulas() throws Exception {
		String formula = this.rows.offer((o) -> o.title("Becas \"Futuro\", 2026 " + this.word)
			.organization("=HYPERLINK(\"http://malo.example\",\"clic\")")
			.departments("05", "27")
			.projects("SUP-PER-03"));
		String dash = this.rows.offer((o) -> o.title("-1+1 " + this.word).organization("@Fundación Niñez"));
		String other = this.rows.offer((o) -> o.title("Aulas " + this.word).status("ACCEPTED"));
		MockHttpServletResponse response = export(
				get("/admin/offers/export.csv").param("q", this.word).param("status", "RECEIVED"));
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("ofertas-");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(csv).contains("\"Becas \"\"Futuro\"\", 2026 " + this.word + "\"")
			.contains("\r\n")
			.doesNotContain(other);
		List<CSVRecord> records = parse(csv);
		assertThat(records.get(0).toList()).startsWith("Número de radicado", "Organización", "Tipo de organización");
		assertThat(records).hasSize(3);
		CSVRecord first = record(records, formula);
		assertThat(first.get(1)).isEqualTo("'=HYPERLINK(\"http://malo.example\",\"clic\")");
		assertThat(first.get(2)).isEqualTo("Organizaciones no gubernamentales (ONG)");
		assertThat(first.get(4)).isEqualTo("SUP-PER-03");
		assertThat(first.get(5)).isEqualTo("Antioquia, Chocó");
		assertThat(first.get(7)).isEqualTo("Recibida");
		assertThat(first.get(10)).isEqualTo("A tiempo");
		CSVRecord second = record(records, dash);
		assertThat(second.get(1)).isEqualTo("'@Fundación Niñez");
		assertThat(second.get(3)).isEqualTo("'-1+1 " + this.word);
		assertThat(this.jdbc.queryForList(
				"SELECT details FROM audit_entry WHERE action = 'offer.exported' AND target = 'queue' AND actor = ?",
				String.class, "analista@mineducacion.gov.co"))
			.contains("status=RECEIVED search=yes sort=received desc; rows=2");
	}

	@Test
	void exportsTheSelectedOffersOnly() throws Exception {
		List<String> codes = this.rows.offers(3, (o) -> o.title("Aulas " + this.word));
		MockHttpServletResponse response = export(post("/admin/offers/bulk").param("operation", "EXPORT")
			.param("selected", codes.get(0) + ":0", codes.get(2) + ":0")
			.param("sort", "code")
			.with(csrf()));
		List<CSVRecord> records = parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(records.stream().skip(1).map((r) -> r.get(0)))
			.containsExactlyElementsOf(codes.stream().filter((c) -> !c.equals(codes.get(1))).sorted().toList());
		assertThat(this.jdbc.queryForList(
				"SELECT details FROM audit_entry WHERE action = 'offer.exported' AND target = 'selection'",
				String.class))
			.contains("offers=2; rows=2");
	}

	@Test
	@Transactional
	void streamsAHundredThousandOffers() throws Exception {
		// Rolled back at the end, so other tests never see these offers.
		this.jdbc.update("""
				INSERT INTO offer (tracking_code, form_token, status, organization_name, sector, country, contact_name,
				    contact_email, preferred_language, title, description, received_at, updated_at,
				    response_clock_started_at)
				SELECT 'CO-1000-' || lpad((g / 10000)::text, 4, '0') || '-' || lpad((g % 10000)::text, 4, '0'),
				       'stream-' || g, 'RECEIVED', 'Fundación ' || g, 'NGO', 'CO', 'Ana', 'a' || g || '@example.org',
				       'es', 'Oferta ' || ? || ' número ' || g, 'Descripción', now() - g * interval '1 minute',
				       now(), now() - g * interval '1 minute'
				FROM generate_series(1, 100000) g""", this.word);
		long started = System.nanoTime();
		MockHttpServletResponse response = export(get("/admin/offers/export.csv").param("q", this.word));
		long millis = (System.nanoTime() - started) / 1_000_000;
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).as("header and rows, in %d ms", millis).isEqualTo(100_001);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("CO-1000-0000-0001,Fundación 1,");
	}

	private MockHttpServletResponse export(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

	private static CSVRecord record(List<CSVRecord> records, String code) {
		return records.stream().filter((r) -> r.get(0).equals(code)).findFirst().orElseThrow();
	}

}
