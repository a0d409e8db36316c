package co.gov.mineducacion.cooperation.staff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn on the server as SVG, in a {@code data:} URI that an {@code img} shows
 * without any script (the content security policy allows {@code data:} images).
 */
final class QrCode {

	private static final int QUIET_ZONE = 4;

	private QrCode() {
	}

	static String svgDataUri(String text) {
		BitMatrix matrix = encode(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
				+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	private static BitMatrix encode(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

}
