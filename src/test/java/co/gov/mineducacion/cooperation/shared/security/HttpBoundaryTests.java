package co.gov.mineducacion.cooperation.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.PortalServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real server (Tomcat, as deployed) answers at the edges a scanner probes:
 * content types that name their character set, no CORS permission for another site, no
 * TRACE, no source-control folder and no directory listing.
 */
@PortalServer
class HttpBoundaryTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyTextAnswerNamesItsContentTypeAndCharacterSet() throws Exception {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("/", "text/html;charset=utf-8");
		types.put("/login", "text/html;charset=utf-8");
		types.put("/offers/new", "text/html;charset=utf-8");
		types.put("/no-existe-esta-pagina", "text/html;charset=utf-8");
		types.put("/open-data/activities.csv", "text/csv;charset=utf-8");
		types.put("/open-data/strategic-projects.csv", "text/csv;charset=utf-8");
		types.put("/css/portal.css", "text/css;charset=utf-8");
		types.put("/js/dashboard-charts.js", "text/javascript;charset=utf-8");
		// JSON has no charset parameter (RFC 8259: it is always UTF-8).
		types.put("/open-data/activities.json", "application/json");
		Map<String, String> answered = new LinkedHashMap<>();
		for (String path : types.keySet()) {
			// As a browser asks; what other clients get for an unknown page is issue 16
			// §1's.
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8"));
			answered.put(path,
					response.headers()
						.firstValue("Content-Type")
						.orElse("none")
						.toLowerCase(Locale.ROOT)
						.replace("; ", ";")
						.replace("application/javascript", "text/javascript"));
		}
		assertThat(answered).isEqualTo(types);
	}

	@Test
	void givesAnotherSiteNoCrossOriginPermission() throws Exception {
		HttpResponse<String> simple = send(HttpRequest.newBuilder(uri("/")).header("Origin", "https://evil.example"));
		assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(simple.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/offers/new"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST"));
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
	}

	@Test
	void refusesTraceSoNoRequestIsEchoedBack() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/"))
			.method("TRACE", HttpRequest.BodyPublishers.noBody())
			.header("X-Probe", "echo-me"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("echo-me");
	}

	@Test
	void servesNoSourceControlFolderAndListsNoDirectory() throws Exception {
		for (String path : List.of("/.git/config", "/.git/HEAD", "/.svn/entries", "/css/", "/js/", "/static/",
				"/META-INF/", "/application.yml", "/db/migration/")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			// The portal's own 404 page (which links its stylesheet), never a listing.
			assertThat(response.body()).as(path)
				.contains("<title>Página no encontrada")
				.doesNotContain("[core]")
				.doesNotContain("Directory Listing")
				.doesNotContain("<tt>portal.css</tt>")
				.doesNotContain("Index of")
				.doesNotContain("datasource");
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
