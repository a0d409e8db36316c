package co.gov.mineducacion.cooperation.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole portal on a real port and fetches every public page as a browser
 * would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, PublicPagesTests.FailingPage.class })
class PublicPagesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource({ "/, Coopere con la educación de Colombia, Cooperate with education in Colombia",
			"/strategic-projects, Proyectos estratégicos, Strategic projects",
			"/strategic-projects/EFI-06, Comunicación para la participación y la movilización social, Communication for social participation and mobilization",
			"/how-to-cooperate, ¿Cómo cooperar?, How to cooperate?",
			"/who-may-cooperate, ¿Quién puede cooperar?, Who may cooperate?", "/contact, Contacto, Contact",
			"/privacy, Ley 1581 de 2012, Law 1581 of 2012", "/login, Acceso del personal, Staff sign-in" })
	void servesEveryPublicPageInBothLanguages(String path, String spanish, String english) throws Exception {
		HttpResponse<String> es = fetch(path, "es");
		HttpResponse<String> en = fetch(path, "en");
		assertThat(es.statusCode()).isEqualTo(200);
		assertThat(en.statusCode()).isEqualTo(200);
		assertThat(es.body()).contains("<html lang=\"es\">", spanish, "Saltar al contenido principal");
		assertThat(en.body()).contains("<html lang=\"en\">", english, "Skip to main content");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/strategic-projects/NOPE-01", "/css/missing.css" })
	void answersUnknownAddressesWithTheFriendlyNotFoundPage(String path) throws Exception {
		HttpResponse<String> es = fetch(path, "es");
		HttpResponse<String> en = fetch(path, "en");
		assertThat(es.statusCode()).isEqualTo(404);
		assertThat(es.body()).contains("No encontramos esta página", "Ir a la página de inicio");
		assertThat(en.body()).contains("We could not find this page");
	}

	@ParameterizedTest
	@ValueSource(strings = { "es", "en" })
	void showsServerErrorsWithoutStackTraceOrVersions(String language) throws Exception {
		HttpResponse<String> response = fetch("/test/failing-page", language);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains(language.equals("es") ? "Algo salió mal" : "Something went wrong")
			.doesNotContain("IllegalStateException", "at co.gov", "Exception", "Tomcat", "Spring");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/portal.css", "/favicon.svg" })
	void servesItsOwnAssets(String path) throws Exception {
		assertThat(fetch(path, "es").statusCode()).isEqualTo(200);
	}

	@org.junit.jupiter.api.Test
	void explainsBesideTheFieldThatADocumentIsOverTenMegabytes() throws Exception {
		HttpResponse<String> form = fetch("/offers/new", "es");
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String boundary = "portal-test-boundary";
		byte[] document = new byte[12 * 1024 * 1024];
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"step\"\r\n\r\nreview\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"grande.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/offers"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.header("Accept-Language", "es")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, document, tail)))
			.build();
		HttpResponse<String> response = this.http.send(post, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("El archivo grande.pdf pesa más de 10 MB.");
	}

	private HttpResponse<String> fetch(String path, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Accept-Language", language)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test/failing-page")
		String fail() {
			throw new IllegalStateException("Simulated failure");
		}

	}

}
