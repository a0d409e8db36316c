package co.gov.mineducacion.cooperation.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port works on the tests' own database, never on the one
 * {@code application.yml} names: rows left there would outlive the run (a second run
 * within the hour found its address's submissions and was refused with 429).
 */
@PortalServer
class TestDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theServedPortalUsesTheTestsOwnDatabase() {
		String url = TestDatabaseConfiguration.sharedDatabase().jdbcUrl();
		String expected = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
		String current = this.jdbc.sql("SELECT current_database()").query(String.class).single();
		assertThat(current).isEqualTo(expected).isNotEqualTo("postgres");
	}

}
