package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, every field that
 * holds a comma, quote or line break in double quotes (quotes doubled), UTF-8. A text a
 * spreadsheet would run as a formula (starting with =, @, a tab, or + or - not followed
 * by a digit or space) is prefixed with an apostrophe; phone numbers such as "+57 601
 * ..." stay as they are.
 */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv(String... header) {
		row(List.of(header));
	}

	Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(field(fields.get(i)));
		}
		this.text.append("\r\n");
		return this;
	}

	byte[] bytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The file with a UTF-8 byte-order mark first, so that spreadsheets read the accents
	 * right.
	 */
	byte[] bytesWithByteOrderMark() {
		return ("\uFEFF" + this.text).getBytes(StandardCharsets.UTF_8);
	}

	static boolean looksLikeAFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '@' || first == '\t' || first == '\r') {
			return true;
		}
		boolean sign = first == '+' || first == '-';
		return sign && (text.length() == 1 || !(Character.isDigit(text.charAt(1)) || text.charAt(1) == ' '));
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && looksLikeAFormula(text)) {
			text = "'" + text;
		}
		boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
