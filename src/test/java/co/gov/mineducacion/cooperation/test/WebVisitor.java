package co.gov.mineducacion.cooperation.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser talking to a running portal over real HTTP: it keeps its cookies
 * (the session, the language), asks for HTML, never follows redirects by itself, and
 * posts forms as browsers do (URL-encoded, or multipart with a document).
 */
public final class WebVisitor {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private final URI base;

	private final String forwardedFor;

	private final Map<String, String> cookies;

	public WebVisitor(String base) {
		this(base, null);
	}

	/**
	 * A visitor whose address, as a proxy in front of the portal reports it in
	 * {@code X-Forwarded-For}, is {@code address}; the portal believes it only when it
	 * trusts forwarded headers ({@code server.forward-headers-strategy}).
	 */
	public WebVisitor(String base, String address) {
		this(URI.create(base), address, new ConcurrentHashMap<>());
	}

	private WebVisitor(URI base, String address, Map<String, String> cookies) {
		this.base = base;
		this.forwardedFor = address;
		this.cookies = cookies;
	}

	/**
	 * The same browser, cookies and all, sent to another instance of the portal, as a
	 * load balancer may do with any request.
	 */
	public WebVisitor at(String otherBase) {
		return new WebVisitor(URI.create(otherBase), this.forwardedFor, this.cookies);
	}

	public Page get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	/**
	 * Posts {@code fields} as {@code application/x-www-form-urlencoded}.
	 */
	public Page post(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.flatMap((field) -> field.getValue().stream().map((value) -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	/**
	 * Posts {@code fields} and one document as {@code multipart/form-data}, as the offer
	 * form does.
	 */
	public Page postMultipart(String path, Map<String, List<String>> fields, String fileField, String fileName,
			String mediaType, byte[] content) throws IOException, InterruptedException {
		return postMultipart(path, fields, fileField, fileName, mediaType, () -> new ByteArrayInputStream(content),
				content.length);
	}

	/**
	 * Posts {@code fields} and one document of {@code length} bytes read from
	 * {@code content} as it is sent, for documents too large to hold in memory; the
	 * request carries its {@code Content-Length}, as a browser's does.
	 */
	public Page postMultipart(String path, Map<String, List<String>> fields, String fileField, String fileName,
			String mediaType, Supplier<InputStream> content, long length) throws IOException, InterruptedException {
		String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		fields.forEach((name, values) -> values.forEach((value) -> write(head, "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
		write(head, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		BodyPublisher publisher = BodyPublishers.fromPublisher(
				BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List
					.of(new ByteArrayInputStream(head.toByteArray()), content.get(), new ByteArrayInputStream(tail))))),
				head.size() + length + tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "text/html")
			.header("Accept-Language", "es-CO,es;q=0.9");
		if (this.forwardedFor != null) {
			request.header("X-Forwarded-For", this.forwardedFor);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.headers().firstValue("Retry-After").orElse(null), response.body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void write(ByteArrayOutputStream body, String text) {
		try {
			body.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the portal answered.
	 */
	public record Page(int status, String location, String retryAfter, String body) {

		/**
		 * The CSRF token of the page's forms.
		 */
		public Optional<String> csrfToken() {
			return find(HIDDEN_CSRF);
		}

		/**
		 * The offer form's token, which names one submission.
		 */
		public Optional<String> formToken() {
			return find(FORM_TOKEN);
		}

		public Optional<String> find(Pattern pattern) {
			Matcher matcher = pattern.matcher(this.body);
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

	}

}
