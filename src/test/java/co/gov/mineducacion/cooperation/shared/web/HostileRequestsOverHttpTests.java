package co.gov.mineducacion.cooperation.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import co.gov.mineducacion.cooperation.test.RawHttp;
import co.gov.mineducacion.cooperation.test.RawHttp.Answer;
import co.gov.mineducacion.cooperation.test.PortalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile client sends straight to the real server, where Tomcat answers before
 * Spring MVC: bad bytes in the query or the path, an enormous URL or header, a form of a
 * thousand parts, a forged {@code Host}. Each gets the portal's own page in the visitor's
 * language with its security headers, and leaves at most one line in the log, never the
 * bytes that were sent.
 */
@PortalServer
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsOverHttpTests {

	private static final String FORGED = "FORGED-LOG-LINE";

	@LocalServerPort
	int port;

	@Test
	void badPercentEscapesAndEmptyParameterNamesGetTheBadRequestPageAndOneLogLine(CapturedOutput output)
			throws Exception {
		for (String target : List.of("/?x=%FF", "/?=x", "/offers/new?x=%0a" + FORGED + "%FF",
				"/strategic-projects?q=%0d%0a" + FORGED + "&x=%C3%28")) {
			int before = output.getOut().length();
			Answer answer = http().get(target, "Accept-Language: en");
			assertPortalPage(answer, 400, "We could not process the request");
			String logged = output.getOut().substring(before);
			assertThat(logged).as(target).doesNotContain(FORGED).doesNotContain("\tat ").doesNotContain(" ERROR ");
			assertThat(logged.lines().filter((line) -> line.contains("bad request"))).as(target).hasSize(1);
		}
	}

	@Test
	void aPathWithAnEncodedSlashDotsOrNulGetsThePortalsPage() throws Exception {
		for (String target : List.of("/strategic-projects%2fSUP-PER-03", "/%2e%2e/etc/passwd", "/offers%00new",
				"/offers/%2e%2e/admin")) {
			assertPortalPage(http().get(target, "Accept-Language: en"), 400, "We could not process the request");
		}
		assertPortalPage(http().get("/%2e%2e/etc/passwd", "Accept-Language: es"), 400,
				"No pudimos atender la solicitud");
		assertPortalPage(http().get("/offers/%2e%2e/admin", "Accept-Language: es"), 400,
				"No pudimos atender la solicitud");
	}

	@Test
	void anEnormousUrlOrHeaderGetsThePortalsPage() throws Exception {
		String huge = "a".repeat(64 * 1024);
		// Tomcat reads no header after a request line over its limit: that page is in
		// Spanish, the default.
		Answer longUrl = http().get("/strategic-projects?q=" + huge, "Accept-Language: en");
		assertPortalPage(longUrl, 400, "No pudimos atender la solicitud");
		Answer longHeader = http().get("/", "Accept-Language: en", "X-Padding: " + huge);
		assertPortalPage(longHeader, 400, "We could not process the request");
	}

	@Test
	void aFormOfTooManyPartsGetsThePortalsPage() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			body.append("--XX\r\nContent-Disposition: form-data; name=\"actionTypes\"\r\n\r\nA05\r\n");
		}
		body.append("--XX--\r\n");
		Answer answer = http().send("POST", "/offers",
				new String[] { "Content-Type: multipart/form-data; boundary=XX", "Accept-Language: en" },
				body.toString().getBytes(StandardCharsets.UTF_8));
		assertPortalPage(answer, 413, "What you sent is too large");
	}

	@Test
	void anUnknownPageIsHtmlForAnyAcceptAndJsonOnlyForJsonClients() throws Exception {
		Answer anything = http().get("/no-such-page", "Accept: */*", "Accept-Language: en");
		assertPortalPage(anything, 404, "We could not find this page");
		Answer none = http().get("/no-such-page");
		assertPortalPage(none, 404, "No encontramos esta página");
		Answer json = http().get("/no-such-page", "Accept: application/json");
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).contains("json"));
	}

	@Test
	void redirectsNeverNameTheHostTheRequestClaimed() throws Exception {
		for (String target : List.of("/offers", "/admin", "/admin/offers", "/admin/catalog/projects", "/admin/staff")) {
			for (String forged : List.of("Host: evil.example", "X-Forwarded-Host: evil.example")) {
				Answer answer = http().get(target, forged);
				assertThat(answer.status()).as(target).isBetween(300, 399);
				assertThat(answer.header("Location")).as(target + " " + forged)
					.hasValueSatisfying((location) -> assertThat(location).startsWith("/").doesNotContain("evil"));
			}
		}
		Answer signIn = http().send("POST", "/login",
				new String[] { "Host: evil.example", "Content-Type: application/x-www-form-urlencoded" },
				"username=a%40b.co&password=x".getBytes(StandardCharsets.UTF_8));
		assertThat(signIn.header("Location")).isEmpty();
		assertThat(signIn.body()).doesNotContain("evil.example");
	}

	private RawHttp http() {
		return new RawHttp(this.port);
	}

	private static void assertPortalPage(Answer answer, int status, String text) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains(text)
			.contains("class=\"site-header")
			.doesNotContain("HTTP Status", "Tomcat", "Whitelabel", "\"timestamp\"");
		assertThat(answer.header("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'"));
		assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(answer.header("X-Frame-Options")).contains("DENY");
		assertThat(answer.header("Referrer-Policy")).isPresent();
	}

}
