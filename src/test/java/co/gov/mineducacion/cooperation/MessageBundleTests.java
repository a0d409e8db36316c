package co.gov.mineducacion.cooperation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleTests {

	@Test
	void spanishAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames())
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

	@Test
	void noKeyIsWrittenTwice() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + bundle)) {
				List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter((line) -> !line.isBlank() && !line.startsWith("#"))
					.map((line) -> line.substring(0, line.indexOf('=')))
					.toList();
				assertThat(keys).as(bundle).doesNotHaveDuplicates();
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
