package co.gov.mineducacion.cooperation.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh database on the PostgreSQL server named by the standard {@code PGHOST},
 * {@code PGPORT}, {@code PGUSER} and {@code PGPASSWORD} variables (default
 * 127.0.0.1:5432, user postgres), created once per test run and dropped when the run
 * ends.
 */
final class LocalTestDatabase {

	private static final String PREFIX = "portal_test_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static LocalTestDatabase instance;

	private final String host = env("PGHOST", "127.0.0.1");

	private final String port = env("PGPORT", "5432");

	private final String username = env("PGUSER", "postgres");

	private final String password = env("PGPASSWORD", "");

	private final String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
			+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);

	private LocalTestDatabase() {
	}

	static synchronized LocalTestDatabase instance() {
		if (instance == null) {
			LocalTestDatabase database = new LocalTestDatabase();
			database.create();
			Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-test-database"));
			instance = database;
		}
		return instance;
	}

	String jdbcUrl() {
		return url(this.name);
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	private void create() {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			dropLeftoversOfCrashedRuns(statement);
			statement.execute("CREATE DATABASE " + this.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"The tests need PostgreSQL: start Docker for Testcontainers, or a PostgreSQL "
							+ "server reachable with PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, user postgres); "
							+ "none answered at " + this.host + ":" + this.port + " (" + ex.getMessage() + ").",
					ex);
		}
	}

	private void drop() {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// Nothing left to report to at shutdown; the next run drops leftovers older
			// than a day.
		}
	}

	private void dropLeftoversOfCrashedRuns(Statement statement) throws SQLException {
		String cutoff = PREFIX + LocalDateTime.now().minusDays(1).format(STAMP);
		List<String> stale = new ArrayList<>();
		try (ResultSet rows = statement
			.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (rows.next()) {
				if (rows.getString(1).compareTo(cutoff) < 0) {
					stale.add(rows.getString(1));
				}
			}
		}
		for (String database : stale) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(url(env("PGDATABASE", "postgres")), this.username, this.password);
	}

	private String url(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : Objects.requireNonNull(value);
	}

}
