package co.gov.mineducacion.cooperation.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: comma-separated, CRLF line ends, every field that
 * holds a comma, quote or line break in double quotes (quotes doubled), UTF-8. A field
 * that a spreadsheet would take for a formula is prefixed with an apostrophe.
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

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
