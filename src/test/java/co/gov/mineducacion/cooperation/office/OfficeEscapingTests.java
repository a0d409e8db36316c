package co.gov.mineducacion.cooperation.office;

import java.util.List;

import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What submitters type reaches the office's pages as text: script tags, event handlers,
 * {@code javascript:} links and SVG in an offer's organisation, title and description are
 * escaped in the queue and on the dashboard, and the CSV export neither runs them nor
 * lets a spreadsheet read them as formulas.
 */
@PortalTest
@WithAdmin
class OfficeEscapingTests {

	static final List<String> PAYLOADS = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)></svg>", "\"><iframe src=//evil.example>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void submittersTextIsEscapedInTheQueueTheDashboardAndTheExport() throws Exception {
		OfferRows rows = new OfferRows(this.jdbc);
		for (String payload : PAYLOADS) {
			String marker = "marcador" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
			String code = rows.offer((o) -> o.organization(payload)
				.title("=HYPERLINK(\"http://evil\") " + marker + " " + payload)
				.description(payload));
			String queue = this.mvc.perform(get("/admin/offers").param("q", marker))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(queue).contains(code).doesNotContain(payload);
			// The page's own content: the frame around it has the GOV.CO mark's <img>.
			String content = queue.substring(queue.indexOf("<main"));
			assertThat(content).doesNotContainPattern("<(script|img|svg|iframe)[ >]")
				.doesNotContain("href=\"javascript:");

			String csv = this.mvc.perform(get("/admin/offers/export.csv").param("q", marker))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(csv).contains(code).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		}
		String dashboard = this.mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();
		for (String payload : PAYLOADS) {
			assertThat(dashboard).doesNotContain(payload);
		}
	}

}
