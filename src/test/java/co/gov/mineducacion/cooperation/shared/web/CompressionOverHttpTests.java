package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import co.gov.mineducacion.cooperation.test.PortalServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, every text answer is compressed for a client that accepts gzip, says so
 * in {@code Vary}, and is sent plain to one that does not; the stylesheet a page links to
 * names its content's hash and may be kept a year.
 */
@PortalServer
class CompressionOverHttpTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void compressesPagesStylesheetsScriptsAndDataForClientsThatAcceptGzip() throws Exception {
		for (String path : new String[] { "/strategic-projects", "/strategic-projects", "/activities", "/territory",
				"/offers/new", "/css/portal.css", "/js/answer-templates.js", "/open-data/activities.json",
				"/open-data/iati-activities.xml", "/sitemap.xml" }) {
			HttpResponse<byte[]> compressed = fetch(path, true);
			assertThat(compressed.statusCode()).as(path).isEqualTo(200);
			assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(String.join(",", compressed.headers().allValues("Vary")).toLowerCase()).as(path)
				.contains("accept-encoding");
			byte[] gunzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes();

			HttpResponse<byte[]> plain = fetch(path, false);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gunzipped.length).as(path).isGreaterThan(compressed.body().length);
			assertThat(plain.body().length).as(path).isGreaterThan(compressed.body().length);
		}
	}

	@Test
	void linksTheStylesheetAtAVersionedAddressKeptForAYear() throws Exception {
		String page = new String(fetch("/how-to-cooperate", false).body(), StandardCharsets.UTF_8);
		Matcher link = STYLESHEET.matcher(page);
		assertThat(link.find()).as("a versioned stylesheet link").isTrue();

		HttpResponse<byte[]> versioned = fetch(link.group(1), true);
		assertThat(versioned.statusCode()).isEqualTo(200);
		assertThat(versioned.headers().firstValue("Cache-Control")).hasValue(VersionedResourcesFilter.A_YEAR);
		assertThat(fetch("/css/portal.css", true).headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(fetch("/css/portal-00000000000000000000000000000000.css", true).statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> fetch(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip, deflate, br");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
