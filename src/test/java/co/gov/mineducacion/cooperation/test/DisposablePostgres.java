package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.awaitility.Awaitility.await;

/**
 * A PostgreSQL server that belongs to one test, which may stop it abruptly and start it
 * again: a cluster created with {@code initdb} in a temporary folder when PostgreSQL's
 * programs are installed (as the {@code postgres} user when the tests run as root),
 * otherwise a Testcontainers container on a fixed port where Docker answers. Set
 * {@code PORTAL_TEST_PG_BIN} to the folder of {@code initdb} and {@code pg_ctl} when they
 * are elsewhere.
 */
public abstract class DisposablePostgres implements AutoCloseable {

	private static final Duration READY = Duration.ofSeconds(60);

	/**
	 * A new server, started; the test is aborted with the reason when neither
	 * PostgreSQL's programs nor Docker are available.
	 */
	public static DisposablePostgres start() {
		Optional<Path> programs = programs();
		if (programs.isPresent()) {
			return new LocalCluster(programs.get());
		}
		Assumptions.assumeTrue(TestDatabaseConfiguration.dockerAnswers(),
				"This test stops and starts a PostgreSQL of its own: it needs PostgreSQL's initdb and pg_ctl "
						+ "(set PORTAL_TEST_PG_BIN, or install the postgresql package) or Docker for Testcontainers");
		return new DockerContainer();
	}

	/**
	 * The arguments that start a portal of its own on this database as production runs
	 * it: with its background jobs on (the tests' own properties switch them off).
	 */
	public List<String> portalArguments() {
		return List.of("--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + username(),
				"--spring.datasource.password=" + password(), "--spring.docker.compose.enabled=false",
				"--" + PortalTest.SCHEDULING_ON);
	}

	public abstract String jdbcUrl();

	public String username() {
		return "postgres";
	}

	public abstract String password();

	/**
	 * Stops the server and removes what it stored.
	 */
	@Override
	public abstract void close();

	/**
	 * Kills the server the way a crash or a power cut would: no checkpoint, every
	 * connection dropped at once.
	 */
	public abstract void stopAbruptly();

	/**
	 * Starts the server again (with crash recovery) and returns once it accepts
	 * connections.
	 */
	public void restart() {
		startAgain();
		awaitAcceptingConnections();
	}

	protected abstract void startAgain();

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), username(), password());
	}

	protected void awaitAcceptingConnections() {
		await().atMost(READY).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
			try (Connection connection = connect()) {
				return connection.isValid(5);
			}
		});
	}

	private static Optional<Path> programs() {
		String configured = System.getenv("PORTAL_TEST_PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured));
		}
		List<Path> candidates = new ArrayList<>();
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				versions.map((version) -> version.resolve("bin"))
					.sorted(Comparator.comparing(DisposablePostgres::majorVersion).reversed())
					.forEach(candidates::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		String path = System.getenv("PATH");
		if (path != null) {
			Stream.of(path.split(java.io.File.pathSeparator)).map(Path::of).forEach(candidates::add);
		}
		return candidates.stream()
			.filter((bin) -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
			.findFirst();
	}

	private static int majorVersion(Path bin) {
		String name = bin.getParent().getFileName().toString();
		return name.matches("\\d+") ? Integer.parseInt(name) : 0;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cluster in a temporary folder, removed on close (and stopped when the test JVM
	 * exits, whatever happens).
	 */
	static final class LocalCluster extends DisposablePostgres {

		private final Path programs;

		private final Path folder;

		private final Path data;

		private final int port = freePort();

		private final List<String> runAs;

		private final Thread stopAtExit = new Thread(this::stopQuietly, "stop-disposable-postgres");

		LocalCluster(Path programs) {
			this.programs = programs;
			this.runAs = "root".equals(System.getProperty("user.name")) ? List.of("runuser", "-u", "postgres", "--")
					: List.of();
			try {
				this.folder = Files.createTempDirectory("portal-pg-");
				this.data = this.folder.resolve("data");
				if (!this.runAs.isEmpty()) {
					run(List.of("chown", "postgres", this.folder.toString()), false);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			run(command("initdb", "-D", this.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
					"--no-locale", "--no-sync"), true);
			Runtime.getRuntime().addShutdownHook(this.stopAtExit);
			startAgain();
			awaitAcceptingConnections();
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public void stopAbruptly() {
			run(command("pg_ctl", "-D", this.data.toString(), "-m", "immediate", "-w", "stop"), true);
		}

		@Override
		protected void startAgain() {
			run(command("pg_ctl", "-D", this.data.toString(), "-l", this.folder.resolve("server.log").toString(), "-w",
					"-t", "60", "-o",
					"-p " + this.port + " -k " + this.folder + " -c listen_addresses=127.0.0.1 -c max_connections=60",
					"start"), true);
		}

		@Override
		public void close() {
			stopQuietly();
			Runtime.getRuntime().removeShutdownHook(this.stopAtExit);
			try (Stream<Path> files = Files.walk(this.folder)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// A leftover folder in the temporary directory is harmless.
			}
		}

		private void stopQuietly() {
			if (Files.exists(this.data.resolve("postmaster.pid"))) {
				run(command("pg_ctl", "-D", this.data.toString(), "-m", "fast", "-w", "stop"), false);
			}
		}

		private List<String> command(String program, String... arguments) {
			List<String> command = new ArrayList<>(this.runAs);
			command.add(this.programs.resolve(program).toString());
			command.addAll(List.of(arguments));
			return command;
		}

		private void run(List<String> command, boolean mustSucceed) {
			try {
				Path output = Files.createTempFile("portal-pg-", ".out");
				try {
					Process process = new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(output.toFile())
						.start();
					boolean finished = process.waitFor(90, TimeUnit.SECONDS);
					if (!finished) {
						process.destroyForcibly();
					}
					if (mustSucceed && (!finished || process.exitValue() != 0)) {
						throw new IllegalStateException(
								"Failed: " + String.join(" ", command) + "\n" + Files.readString(output));
					}
				}
				finally {
					Files.deleteIfExists(output);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * A container on a fixed host port, so that it keeps its address when started again
	 * after being killed.
	 */
	static final class DockerContainer extends DisposablePostgres {

		private final int port = freePort();

		private final PostgreSQLContainer container;

		DockerContainer() {
			this.container = new PostgreSQLContainer("postgres:17-alpine")
				.withCreateContainerCmdModifier((create) -> create.getHostConfig()
					.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.port), new ExposedPort(5432))));
			this.container.start();
		}

		@Override
		public String jdbcUrl() {
			return "jdbc:postgresql://" + this.container.getHost() + ":" + this.port + "/"
					+ this.container.getDatabaseName();
		}

		@Override
		public String username() {
			return this.container.getUsername();
		}

		@Override
		public String password() {
			return this.container.getPassword();
		}

		@Override
		public void stopAbruptly() {
			this.container.getDockerClient().killContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		protected void startAgain() {
			this.container.getDockerClient().startContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		public void close() {
			this.container.stop();
		}

	}

}
