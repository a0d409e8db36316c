package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for journeys across several sites (the portal and an
 * identity provider): it keeps each site's cookies apart as browsers do, and lets the
 * test follow each redirect itself, so every hop can be checked.
 */
public final class CookieBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public Page get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
	}

	/**
	 * Posts {@code fields} as a form does.
	 */
	public Page post(String url, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)), url);
	}

	/**
	 * Follows the redirect the page answered with.
	 */
	public Page follow(Page page) throws IOException, InterruptedException {
		if (page.location() == null) {
			throw new IllegalStateException("Not a redirect: " + page.status() + " from " + page.url());
		}
		return get(page.location());
	}

	private Page send(HttpRequest.Builder request, String url) throws IOException, InterruptedException {
		var response = this.http.send(request.header("Accept", "text/html")
			.header("Accept-Language", "es-CO,es;q=0.9")
			.timeout(Duration.ofSeconds(30))
			.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		String location = response.headers()
			.firstValue("Location")
			.map((target) -> URI.create(url).resolve(target).toString())
			.orElse(null);
		return new Page(url, response.statusCode(), location, response.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * What a site answered; {@code location} is absolute.
	 */
	public record Page(String url, int status, String location, String body) {

		public Optional<String> csrfToken() {
			Matcher matcher = CSRF.matcher(this.body);
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

	}

}
