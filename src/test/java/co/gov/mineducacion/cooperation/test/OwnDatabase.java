package co.gov.mineducacion.cooperation.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An empty database beside the tests' own, on the same server, for a test whose data must
 * not meet the other tests' (nor theirs its): created on demand, dropped when the run
 * ends. Register it with {@link #register} from a {@code @DynamicPropertySource}.
 */
public record OwnDatabase(String jdbcUrl, String username, String password) {

	/**
	 * A new database named after the tests' database and {@code purpose}.
	 */
	public static OwnDatabase create(String purpose) {
		OwnDatabase shared = TestDatabaseConfiguration.sharedDatabase();
		int slash = shared.jdbcUrl().lastIndexOf('/');
		int query = shared.jdbcUrl().indexOf('?', slash);
		String name = shared.jdbcUrl().substring(slash + 1, (query < 0) ? shared.jdbcUrl().length() : query) + "_"
				+ purpose;
		String server = shared.jdbcUrl().substring(0, slash + 1);
		OwnDatabase own = new OwnDatabase(server + name, shared.username(), shared.password());
		// Through the server's maintenance database: the shared one may be dropped first
		// at shutdown.
		OwnDatabase maintenance = new OwnDatabase(server + "postgres", shared.username(), shared.password());
		maintenance.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		maintenance.execute("CREATE DATABASE " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> maintenance.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"),
					"drop-" + name));
		return own;
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", this::jdbcUrl);
		registry.add("spring.datasource.username", this::username);
		registry.add("spring.datasource.password", this::password);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

}
