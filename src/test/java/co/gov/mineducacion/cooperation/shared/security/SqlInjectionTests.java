package co.gov.mineducacion.cooperation.shared.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SQL injection payloads in every filter and search parameter of the public lists, the
 * office's queue and its export, the activities, the audit log and the site search: never
 * an error page, never a database message, and the data is still all there afterwards.
 */
@PortalTest
class SqlInjectionTests {

	static final List<String> PAYLOADS = List.of("' OR '1'='1", "'; DROP TABLE offer; --", "1; SELECT pg_sleep(5)--",
			"\" OR \"\"=\"", "%' UNION SELECT password_hash, email FROM staff_account --", "\\'; --", "') OR ('a'='a",
			"1' AND 1=CAST((SELECT version()) AS INT)--", "%%__%%", "admin'/*", "\u0000' --");

	static final Map<String, List<String>> PARAMETERS = Map.of("/strategic-projects", List.of("q", "level", "axis"),
			"/activities", List.of("q", "status", "department", "project", "action"), "/admin/offers",
			List.of("q", "status", "sector", "actionType", "project", "department", "assignee", "from", "to", "clock",
					"sort", "dir", "size", "after", "before", "last"),
			"/admin/offers/export.csv", List.of("q", "status", "project", "department", "sort", "after"),
			"/admin/audit", List.of("actor", "action", "from", "to", "before"), "/search", List.of("q"));

	static final List<String> TABLES = List.of("offer", "staff_account", "strategic_project", "audit_entry");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> payloadsInEveryFilterAreOnlyText() {
		return PARAMETERS.entrySet()
			.stream()
			.flatMap((page) -> page.getValue()
				.stream()
				.map((parameter) -> DynamicTest.dynamicTest(page.getKey() + "?" + parameter,
						() -> tryEveryPayload(page.getKey(), parameter))));
	}

	private void tryEveryPayload(String path, String parameter) throws Exception {
		for (String payload : PAYLOADS) {
			MockHttpServletResponse response = this.mvc
				.perform(get(path).param(parameter, payload).with(SignedIn.admin("jefa@mineducacion.gov.co")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as("%s?%s=%s", path, parameter, payload).isLessThan(500);
			assertThat(response.getContentAsString()).as("%s?%s=%s", path, parameter, payload)
				.doesNotContainIgnoringCase("PSQLException")
				.doesNotContainIgnoringCase("syntax error")
				.doesNotContainIgnoringCase("SQLState")
				.doesNotContain("$2a$")
				.doesNotContain("{bcrypt}");
		}
		for (String table : TABLES) {
			assertThat(
					this.jdbc.queryForObject("SELECT to_regclass('portal." + table + "') IS NOT NULL", Boolean.class))
				.as(table)
				.isTrue();
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM strategic_project", Integer.class))
			.isGreaterThanOrEqualTo(28);
	}

}
