package co.gov.mineducacion.cooperation.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requests written byte for byte to a running portal, for what no well-behaved client
 * sends: a forged {@code Host}, bad bytes in the request line, oversized headers. Each
 * request has its own connection, closed after the answer.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends {@code GET target} with the given header lines ("Name: value").
	 */
	public Answer get(String target, String... headers) throws IOException {
		return send("GET", target, headers, new byte[0]);
	}

	/**
	 * Sends a request with a body; {@code Content-Length} is added.
	 */
	public Answer send(String method, String target, String[] headers, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			head.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
			boolean hasHost = false;
			for (String header : headers) {
				hasHost |= header.toLowerCase(Locale.ROOT).startsWith("host:");
				head.writeBytes((header + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			if (!hasHost) {
				head.writeBytes(("Host: 127.0.0.1:" + this.port + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			if (body.length > 0) {
				head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			head.writeBytes("Connection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			out.write(head.toByteArray());
			out.write(body);
			out.flush();
			return Answer.read(socket.getInputStream());
		}
	}

	/**
	 * An answer as it came over the wire; the body is decoded when it was chunked.
	 */
	public record Answer(int status, List<String> headers, String body) {

		static Answer read(InputStream in) throws IOException {
			byte[] all = in.readAllBytes();
			String text = new String(all, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
			Answer raw = new Answer(status, headers, "");
			if (raw.header("Transfer-Encoding").filter((v) -> v.equalsIgnoreCase("chunked")).isPresent()) {
				body = unchunk(body);
			}
			return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		public Optional<String> header(String name) {
			return allHeaders(name).stream().findFirst();
		}

		public List<String> allHeaders(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

		private static byte[] unchunk(byte[] chunked) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOfCrLf(chunked, at);
				if (lineEnd < 0) {
					break;
				}
				String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
				int length = Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				out.write(chunked, lineEnd + 2, length);
				at = lineEnd + 2 + length + 2;
			}
			return out.toByteArray();
		}

		private static int indexOfCrLf(byte[] bytes, int from) {
			for (int i = from; i < bytes.length - 1; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return -1;
		}

	}

}
