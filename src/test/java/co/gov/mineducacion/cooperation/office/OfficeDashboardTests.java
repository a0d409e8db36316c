package co.gov.mineducacion.cooperation.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard counts the offers filed here: other tests share the database, so every
 * number is checked as the change from before these offers to after.
 */
@PortalTest
@WithStaff
class OfficeDashboardTests {

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsOffersByStatusMonthSectorWayProjectAndDepartment() throws Exception {
		Dashboard before = dashboard();
		Instant now = Instant.now();
		String a = fileOffer("COMPANY", new String[] { "A02", "A03" }, new String[] { "PBM-COB-02" },
				new String[] { "05", "68" });
		String b = fileOffer("COMPANY", new String[] { "A03" }, new String[] { "PBM-COB-02", "EFI-01" },
				new String[] { "NATIONAL" });
		String c = fileOffer("MULTILATERAL", new String[] { "A03" }, new String[0], new String[] { "68" });
		receivedAt(b, now.minusSeconds(40L * 86400));
		receivedAt(c, now.minusSeconds(100L * 86400));
		this.jdbc.update("UPDATE offer SET status = 'DECLINED' WHERE tracking_code = ?", c);

		Dashboard after = dashboard();

		assertThat(after.total() - before.total()).isEqualTo(3);
		assertThat(delta(before, after, "status")).containsEntry("Recibida", 2L).containsEntry("No aceptada", 1L);
		assertThat(after.awaiting() - before.awaiting()).isEqualTo(2);
		assertThat(after.overdue() - before.overdue()).isEqualTo(1);
		Map<String, Long> months = new HashMap<>();
		for (Instant received : new Instant[] { now, now.minusSeconds(40L * 86400), now.minusSeconds(100L * 86400) }) {
			months.merge(month(received), 1L, Long::sum);
		}
		assertThat(delta(before, after, "month")).isEqualTo(months);
		assertThat(after.charts().get(1).rows()).hasSize(12);
		assertThat(delta(before, after, "sector")).containsOnly(Map.entry("Empresas", 2L),
				Map.entry("Organismos multilaterales", 1L));
		assertThat(delta(before, after, "actionType")).containsOnly(Map.entry("A02 · Útiles escolares", 1L),
				Map.entry("A03 · Alianzas multisectoriales", 3L));
		assertThat(delta(before, after, "project")).containsOnly(
				Map.entry("PBM-COB-02 · Fomento de la permanencia en el sistema educativo", 2L),
				Map.entry("EFI-01 · Fortalecimiento de la gestión de servicios del Ministerio de Educación", 1L));
		assertThat(delta(before, after, "department")).containsOnly(Map.entry("Antioquia", 1L),
				Map.entry("Santander", 2L), Map.entry("Todo el país", 1L));
	}

	@Test
	void countsAnswersDueWithinThreeBusinessDaysApartFromOverdueOnes() throws Exception {
		Dashboard before = dashboard();
		BusinessCalendar calendar = new BusinessCalendar();
		LocalDate today = LocalDate.now(BOGOTA);
		LocalDate dueInTwo = calendar.plusBusinessDays(today, 2);
		LocalDate received = calendar.plusBusinessDays(dueInTwo, -15);
		String soon = fileOffer("NGO", new String[] { "A01" }, new String[0], new String[0]);
		receivedAt(soon, received.atTime(LocalTime.NOON).atZone(BOGOTA).toInstant());
		String answered = fileOffer("NGO", new String[] { "A01" }, new String[0], new String[0]);
		receivedAt(answered, Instant.now().minusSeconds(60L * 86400));
		this.jdbc.update("UPDATE offer SET status = 'ACCEPTED' WHERE tracking_code = ?", answered);

		Dashboard after = dashboard();

		assertThat(after.dueSoon() - before.dueSoon()).isEqualTo(1);
		assertThat(after.overdue() - before.overdue()).isZero();
	}

	@Test
	void drawsEachChartOverAnAccessibleTableWithScriptsFromThePortalOnly() throws Exception {
		this.mvc.perform(get("/admin").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<figcaption>Offers by status</figcaption>"),
					containsString("<canvas role=\"img\" aria-label=\"Bar chart: Offers by status."),
					containsString("<caption>Data of the chart &quot;Offers by status&quot;</caption>"),
					containsString("<th scope=\"row\">"), containsString("<th scope=\"col\">Department</th>"),
					containsString("<figcaption>Offers received per month, last 12 months</figcaption>"),
					// The portal's own script under its content-versioned address.
					matchesPattern("(?s).*<script src=\"/js/dashboard-charts-[0-9a-f]{32}\\.js\"></script>.*"),
					// The WebJars locator names the version in the link, so browsers may
					// cache it.
					matchesPattern(
							"(?s).*<script src=\"/webjars/chart\\.js/4\\.[0-9.]+/dist/chart\\.umd\\.min\\.js\"></script>.*"))));
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("javascript")))
			.andExpect(content().string(containsString("Chart.js v4")));
		this.mvc.perform(get("/js/dashboard-charts.js")).andExpect(status().isOk());
	}

	@Test
	@WithAnonymousUser
	void isForSignedInStaffOnly() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
	}

	private Dashboard dashboard() throws Exception {
		return (Dashboard) this.mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("dashboard");
	}

	private static Map<String, Long> delta(Dashboard before, Dashboard after, String chart) {
		Map<String, Long> was = rows(before, chart);
		return rows(after, chart).entrySet()
			.stream()
			.filter((row) -> row.getValue() - was.getOrDefault(row.getKey(), 0L) != 0)
			.collect(Collectors.toMap(Map.Entry::getKey, (row) -> row.getValue() - was.getOrDefault(row.getKey(), 0L)));
	}

	private static Map<String, Long> rows(Dashboard dashboard, String chart) {
		return dashboard.charts()
			.stream()
			.filter((c) -> c.id().equals(chart))
			.findFirst()
			.orElseThrow()
			.rows()
			.stream()
			.collect(Collectors.toMap(ChartRow::label, ChartRow::count));
	}

	private static String month(Instant instant) {
		return YearMonth.from(instant.atZone(BOGOTA))
			.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("es")));
	}

	/**
	 * Backdates the offer's receipt and, as receipt starts it, its response clock (which
	 * the dashboard's overdue count reads).
	 */
	private void receivedAt(String code, Instant when) {
		this.jdbc.update("UPDATE offer SET received_at = ?, response_clock_started_at = ? WHERE tracking_code = ?",
				java.sql.Timestamp.from(when), java.sql.Timestamp.from(when), code);
	}

	private String fileOffer(String sector, String[] actionTypes, String[] projects, String[] departments)
			throws Exception {
		String email = "d+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		MockHttpServletRequestBuilder request = post("/offers").param("organizationName", "Fundación Panel")
			.param("sector", sector)
			.param("country", "CO")
			.param("contactName", "Ana")
			.param("contactEmail", email)
			.param("title", "Oferta para el panel")
			.param("description", "Una oferta que el panel debe contar.")
			.param("actionTypes", actionTypes)
			.param("consent", "true")
			.with(csrf())
			.with((r) -> {
				r.setRemoteAddr("10.202." + (email.hashCode() & 255) + "." + ((email.hashCode() >> 8) & 255));
				return r;
			});
		if (projects.length > 0) {
			request.param("strategicProjects", projects);
		}
		if (departments.length > 0) {
			request.param("departments", departments);
		}
		String code = (String) this.mvc.perform(request).andReturn().getFlashMap().get("trackingCode");
		assertThat(code).as("offer filed").isNotNull();
		return code;
	}

}
