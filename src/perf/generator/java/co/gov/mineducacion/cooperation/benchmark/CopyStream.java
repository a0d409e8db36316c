package co.gov.mineducacion.cooperation.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent to the server in blocks as
 * they are made, so that memory stays flat whatever the number of rows.
 */
final class CopyStream implements AutoCloseable {

	private static final int BLOCK = 256 * 1024;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BLOCK + 8 * 1024);

	private boolean ended;

	private CopyStream(CopyIn copy) {
		this.copy = copy;
	}

	static CopyStream into(CopyManager copy, String table, String columns) throws SQLException {
		return new CopyStream(copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		if (this.buffer.length() >= BLOCK) {
			flush();
		}
	}

	@Override
	public void close() throws SQLException {
		if (this.ended) {
			return;
		}
		this.ended = true;
		try {
			flush();
			this.copy.endCopy();
		}
		finally {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
	}

	private void append(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof Collection<?> codes) {
			// An array literal of plain codes (letters, digits, dashes): no quoting
			// needed.
			this.buffer.append('{').append(String.join(",", codes.stream().map(String::valueOf).toList())).append('}');
		}
		else if (value instanceof BigDecimal amount) {
			this.buffer.append(amount.toPlainString());
		}
		else {
			escape(value.toString());
		}
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		if (this.buffer.isEmpty()) {
			return;
		}
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

}
