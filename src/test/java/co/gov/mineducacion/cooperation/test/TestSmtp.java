package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server tests send to: GreenMail on a port chosen once per test JVM, so test
 * runs side by side on one machine never fight over a fixed port. The application under
 * test is pointed at the same port through {@code spring.mail.port}.
 */
public final class TestSmtp implements EnvironmentPostProcessor {

	public static final int PORT = freePort();

	/**
	 * The GreenMail set-up for {@code GreenMailExtension} or {@code new GreenMail(...)}.
	 */
	public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testSmtp",
					Map.of("spring.mail.port", PORT, "spring.mail.host", "127.0.0.1")));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
