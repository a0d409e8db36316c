package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.shared.security.FormCsrfTokens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A public form as {@link PublicPageCache} keeps it: the page in pieces, with the places
 * that showed the first visitor's tokens (the CSRF token, the form's own token) left
 * open, and each visitor is sent the pieces with tokens of their own put in. The pieces
 * are compressed once, for the browsers that accept gzip ({@link PieceworkGzip}). The
 * page carries no validator: no two visitors get the same bytes.
 *
 * @param pieces the page's bytes between the tokens, one more than the holes
 * @param deflated the same pieces, compressed
 * @param holes which token goes between two pieces
 */
record KeptForm(String contentType, Locale language, Map<String, List<String>> headers, List<byte[]> pieces,
		List<byte[]> deflated, List<Hole> holes, FormCsrfTokens csrfTokens) implements KeptPage {

	enum Hole {

		CSRF_TOKEN, FORM_TOKEN

	}

	KeptForm {
		headers = Map.copyOf(headers);
		pieces = List.copyOf(pieces);
		deflated = List.copyOf(deflated);
		holes = List.copyOf(holes);
	}

	/**
	 * The form with every place that shows one of the first visitor's tokens left open,
	 * or {@code null} when a token the page was given does not show in it verbatim (such
	 * a page could not be sent to anyone else).
	 * @param csrfToken the masked CSRF token the page shows, or {@code null}
	 * @param formToken the form's token ({@link FormTokens}), or {@code null}
	 */
	static KeptForm of(String contentType, Locale language, Map<String, List<String>> headers, byte[] body,
			String csrfToken, String formToken, FormCsrfTokens csrfTokens) {
		TreeMap<Integer, Hole> places = new TreeMap<>();
		if (!findAll(body, csrfToken, Hole.CSRF_TOKEN, places) || !findAll(body, formToken, Hole.FORM_TOKEN, places)) {
			return null;
		}
		List<byte[]> pieces = new ArrayList<>();
		List<Hole> holes = new ArrayList<>();
		int from = 0;
		for (Map.Entry<Integer, Hole> place : places.entrySet()) {
			if (place.getKey() < from) {
				return null;
			}
			pieces.add(Arrays.copyOfRange(body, from, place.getKey()));
			holes.add(place.getValue());
			from = place.getKey() + length(place.getValue(), csrfToken, formToken);
		}
		pieces.add(Arrays.copyOfRange(body, from, body.length));
		return new KeptForm(contentType, language, headers, pieces,
				pieces.stream().map(PieceworkGzip::deflated).toList(), holes, csrfTokens);
	}

	private static boolean findAll(byte[] body, String token, Hole hole, TreeMap<Integer, Hole> places) {
		if (token == null) {
			return true;
		}
		byte[] needle = token.getBytes(StandardCharsets.UTF_8);
		boolean found = false;
		for (int at = indexOf(body, needle, 0); at >= 0; at = indexOf(body, needle, at + needle.length)) {
			places.put(at, hole);
			found = true;
		}
		return found;
	}

	private static int indexOf(byte[] body, byte[] needle, int from) {
		outer: for (int i = from; i <= body.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (body[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int length(Hole hole, String csrfToken, String formToken) {
		return ((hole == Hole.CSRF_TOKEN) ? csrfToken : formToken).getBytes(StandardCharsets.UTF_8).length;
	}

	@Override
	public int weight() {
		return Stream.concat(this.pieces.stream(), this.deflated.stream()).mapToInt((piece) -> piece.length + 16).sum()
				+ 1024;
	}

	@Override
	public void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setLocale(this.language);
		response.setContentType(this.contentType);
		this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		// The visitor's CSRF token may set its cookie: made before anything is written.
		byte[] csrfToken = this.holes.contains(Hole.CSRF_TOKEN)
				? this.csrfTokens.forPage(request, response).getBytes(StandardCharsets.UTF_8) : null;
		byte[] formToken = FormTokens.next().getBytes(StandardCharsets.UTF_8);
		List<byte[]> values = this.holes.stream()
			.map((hole) -> (hole == Hole.CSRF_TOKEN) ? csrfToken : formToken)
			.toList();
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setStatus(HttpServletResponse.SC_OK);
		OutputStream out = response.getOutputStream();
		if (RenderedPage.acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLengthLong(PieceworkGzip.length(this.deflated, values));
			PieceworkGzip.write(out, this.pieces, this.deflated, values);
			return;
		}
		long length = 0;
		for (byte[] piece : this.pieces) {
			length += piece.length;
		}
		for (byte[] value : values) {
			length += value.length;
		}
		response.setContentLengthLong(length);
		for (int i = 0; i < this.pieces.size(); i++) {
			out.write(this.pieces.get(i));
			if (i < values.size()) {
				out.write(values.get(i));
			}
		}
	}

}
