package co.gov.mineducacion.cooperation.shared;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Spring Boot's Docker Compose support off when no Docker engine answers, so that
 * the portal starts against the configured PostgreSQL instead of stopping with
 * {@code DockerNotRunningException}. An explicit {@code spring.docker.compose.enabled}
 * wins.
 */
class DockerComposeGuard implements EnvironmentPostProcessor {

	static final String ENABLED = "spring.docker.compose.enabled";

	private static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");

	private final Log log;

	DockerComposeGuard(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(DockerComposeGuard.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(ENABLED) || dockerAnswers(environment.getProperty("DOCKER_HOST"))) {
			return;
		}
		this.log.info("No Docker engine answers: Docker Compose support is off; using the configured datasource");
		environment.getPropertySources().addLast(new MapPropertySource("dockerComposeGuard", Map.of(ENABLED, "false")));
	}

	static boolean dockerAnswers(String dockerHost) {
		if (dockerHost != null && !dockerHost.isBlank() && !dockerHost.startsWith("unix://")) {
			// A remote engine (tcp://, ssh://): let Docker Compose support try it and
			// report.
			return true;
		}
		Path socket = (dockerHost != null && dockerHost.startsWith("unix://"))
				? Path.of(dockerHost.substring("unix://".length())) : DEFAULT_SOCKET;
		if (!Files.exists(socket)) {
			return false;
		}
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			return channel.connect(UnixDomainSocketAddress.of(socket));
		}
		catch (IOException ex) {
			return false;
		}
	}

}
