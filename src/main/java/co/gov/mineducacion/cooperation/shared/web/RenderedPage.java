package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A page as {@link PublicPageCache} keeps it: its headers (the preference cookies it set
 * included), its bytes, and the same bytes compressed once with gzip for the browsers
 * that accept it.
 */
record RenderedPage(String contentType, Locale language, Map<String, List<String>> headers, byte[] body, byte[] gzipped,
		String etag, long lastModified) implements KeptPage {

	/**
	 * The page, its gzipped copy and its validators ({@code ETag}, {@code Last-Modified}
	 * as a time), each worked out once when the page is kept, not on every replay.
	 */
	static RenderedPage of(String contentType, Locale language, Map<String, List<String>> headers, byte[] body) {
		return new RenderedPage(contentType, language, headers, body, gzip(body), first(headers, HttpHeaders.ETAG),
				lastModified(headers));
	}

	@Override
	public int weight() {
		return this.body.length + this.gzipped.length + 1024;
	}

	@Override
	public void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (this.contentType != null && this.contentType.contains("charset")) {
			// A page's language; a file (JSON has no charset) was sent without one, and
			// the locale would add the charset its type does not take.
			response.setLocale(this.language);
		}
		response.setContentType(this.contentType);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		// Checked as Spring MVC checks them: If-None-Match first, then If-Modified-Since.
		if (new ServletWebRequest(request, response).checkNotModified(this.etag, this.lastModified)) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		byte[] sent = this.body;
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			sent = this.gzipped;
		}
		response.setContentLength(sent.length);
		response.getOutputStream().write(sent);
	}

	private static String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.getOrDefault(name, List.of());
		return values.isEmpty() ? null : values.get(0);
	}

	private static long lastModified(Map<String, List<String>> headers) {
		String value = first(headers, HttpHeaders.LAST_MODIFIED);
		if (value == null) {
			return -1;
		}
		HttpHeaders parsed = new HttpHeaders();
		parsed.set(HttpHeaders.LAST_MODIFIED, value);
		return parsed.getLastModified();
	}

	/**
	 * Whether the request's {@code Accept-Encoding} names gzip (or any coding) without
	 * refusing it with {@code q=0}.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			if (name.equals("gzip") || name.equals("*")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

}
