package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Pieces compressed once with values stored between them make one gzip stream that any
 * reader inflates to the pieces and values in order, its checksum and length checked.
 */
class PieceworkGzipTests {

	@Test
	void inflatesToThePiecesWithTheValuesBetweenThem() throws IOException {
		String page = "<!DOCTYPE html><html lang=\"es\"><body>" + "<option value=\"CO\">Colombia</option>".repeat(3000);
		List<byte[]> pieces = List.of(bytes(page + "<input name=\"_csrf\" value=\""),
				bytes("\"><input name=\"formToken\" value=\""), bytes("\"></body></html>"));
		List<byte[]> values = List.of(bytes("dG9rZW4tZGUtcHJ1ZWJh-_"), bytes("7f1c2e4a-9b3d-4c5e-8f6a-0b1c2d3e4f5a"));

		byte[] sent = gzip(pieces, values);

		assertThat(gunzip(sent)).isEqualTo(page + "<input name=\"_csrf\" value=\"dG9rZW4tZGUtcHJ1ZWJh-_\">"
				+ "<input name=\"formToken\" value=\"7f1c2e4a-9b3d-4c5e-8f6a-0b1c2d3e4f5a\"></body></html>");
		assertThat(sent.length).as("compressed about as well as the whole page at once")
			.isLessThan(wholeGzipped(gunzip(sent)).length + 200);
	}

	@Test
	void takesEmptyPiecesEmptyValuesAndPiecesOfEveryByte() throws IOException {
		Random random = new Random(20261203);
		byte[] noise = new byte[200_000];
		random.nextBytes(noise);
		List<byte[]> pieces = List.of(new byte[0], noise, new byte[0], bytes("fin"));
		List<byte[]> values = List.of(bytes("a"), new byte[0], new byte[65_535]);

		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		for (int i = 0; i < pieces.size(); i++) {
			expected.write(pieces.get(i));
			if (i < values.size()) {
				expected.write(values.get(i));
			}
		}
		byte[] sent = gzip(pieces, values);
		assertThat(new GZIPInputStream(new ByteArrayInputStream(sent)).readAllBytes())
			.isEqualTo(expected.toByteArray());
	}

	@Test
	void refusesAValueTooLongForAStoredBlockAndValuesThatDoNotFitBetweenThePieces() {
		List<byte[]> two = List.of(bytes("a"), bytes("b"));
		assertThatIllegalArgumentException().isThrownBy(() -> gzip(two, List.of(new byte[65_536])));
		assertThatIllegalArgumentException().isThrownBy(() -> gzip(two, List.of()));
	}

	private static byte[] gzip(List<byte[]> pieces, List<byte[]> values) throws IOException {
		List<byte[]> deflated = new ArrayList<>();
		pieces.forEach((piece) -> deflated.add(PieceworkGzip.deflated(piece)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PieceworkGzip.write(out, pieces, deflated, values);
		assertThat(out.size()).as("the length announced").isEqualTo(PieceworkGzip.length(deflated, values));
		return out.toByteArray();
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		return new String(new GZIPInputStream(new ByteArrayInputStream(gzipped)).readAllBytes(),
				StandardCharsets.UTF_8);
	}

	private static byte[] wholeGzipped(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes(text));
		}
		return out.toByteArray();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
