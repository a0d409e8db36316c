package co.gov.mineducacion.cooperation.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one way tests get PostgreSQL: a Testcontainers container where Docker answers,
 * otherwise a fresh database on the server named by the environment
 * ({@link LocalTestDatabase}). Set {@code PORTAL_TEST_DATABASE=local} to skip the Docker
 * probe.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static PostgreSQLContainer container;

	@Bean
	@ServiceConnection
	@Conditional(DockerAnswers.class)
	PostgreSQLContainer postgresContainer() {
		return sharedContainer();
	}

	/**
	 * The local database as a bean the data source depends on, like the container's
	 * service connection. (Properties from a {@code DynamicPropertyRegistrar} came too
	 * late for a context on a real port: its servlet filters, and with them the data
	 * source, are made with the web server, before the registrars run, so those contexts
	 * used the configured {@code postgres} database and left rows there from run to run.)
	 */
	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails localPostgres() {
		LocalTestDatabase database = LocalTestDatabase.instance();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		};
	}

	/**
	 * How to reach the tests' shared database, wherever it lives.
	 */
	static OwnDatabase sharedDatabase() {
		if (dockerAnswers()) {
			PostgreSQLContainer shared = sharedContainer();
			return new OwnDatabase(shared.getJdbcUrl(), shared.getUsername(), shared.getPassword());
		}
		LocalTestDatabase local = LocalTestDatabase.instance();
		return new OwnDatabase(local.jdbcUrl(), local.username(), local.password());
	}

	private static synchronized PostgreSQLContainer sharedContainer() {
		if (container == null) {
			// One container for every test context of the run; Testcontainers' reaper
			// removes it.
			container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
		}
		return container;
	}

	static boolean dockerAnswers() {
		if ("local".equalsIgnoreCase(System.getenv("PORTAL_TEST_DATABASE"))) {
			return false;
		}
		return DockerProbe.ANSWERS;
	}

	private static final class DockerProbe {

		static final boolean ANSWERS = probe();

		private static boolean probe() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

	static class DockerAnswers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAnswers();
		}

	}

	static class NoDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAnswers();
		}

	}

}
