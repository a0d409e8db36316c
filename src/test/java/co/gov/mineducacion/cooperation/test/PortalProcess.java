package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The portal in a JVM of its own, started from the test classpath as
 * {@code java CooperationPortalApplication} would be, so that a test can kill it like a
 * crash would ({@code SIGKILL}: no shutdown hook, no flush, no rollback sent) and start
 * it again. Its output goes to {@code target/portal-processes/}.
 */
public final class PortalProcess implements AutoCloseable {

	private static final String MAIN_CLASS = "co.gov.mineducacion.cooperation.CooperationPortalApplication";

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final List<String> arguments;

	private final int port = DisposablePostgres.freePort();

	private final Path log;

	private Process process;

	/**
	 * Starts the portal on {@code database}, with {@code settings} as extra
	 * {@code --name=value} arguments, and returns once it reports itself ready.
	 */
	public static PortalProcess start(DisposablePostgres database, String name, String... settings) {
		List<String> arguments = new ArrayList<>(database.portalArguments());
		arguments.addAll(List.of(settings));
		PortalProcess portal = new PortalProcess(arguments, name);
		portal.start();
		return portal;
	}

	private PortalProcess(List<String> arguments, String name) {
		this.arguments = arguments;
		try {
			Path folder = Files.createDirectories(Path.of("target", "portal-processes"));
			this.log = folder.resolve(name + ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Starts (or starts again) the same portal and waits until it is ready.
	 */
	public void start() {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.add("@" + classpathFile());
		command.add(MAIN_CLASS);
		command.add("--server.port=" + this.port);
		command.addAll(this.arguments);
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		await().atMost(STARTUP)
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptionsInstanceOf(IOException.class)
			.failFast("the portal process ended; see " + this.log.toAbsolutePath(), () -> !this.process.isAlive())
			.until(this::ready);
	}

	/**
	 * Kills the process at once, as {@code kill -9} does, and waits until it is gone.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			throw new IllegalStateException("The portal process did not die");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private boolean ready() throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), BodyHandlers.discarding())
				.statusCode() == 200;
		}
	}

	/**
	 * The test classpath, in a {@code java} argument file: Surefire's own
	 * {@code java.class.path} may be a single manifest-only jar, and the full one may be
	 * longer than a command line.
	 */
	private static Path classpathFile() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		try {
			Path file = Files.createTempFile("portal-classpath-", ".args");
			file.toFile().deleteOnExit();
			Files.writeString(file, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
