package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that sends what is written as usual and keeps a copy of the bytes, for
 * {@link PublicPageCache}. Unlike Spring's {@code ContentCachingResponseWrapper} it holds
 * nothing back, so filters further down that buffer the page themselves (the ETag filter)
 * work as they do without it.
 */
class CopyingResponse extends HttpServletResponseWrapper {

	/**
	 * Pages bigger than this are sent but not kept.
	 */
	private static final int LARGEST_KEPT = 512 * 1024;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);

	private boolean tooLarge;

	private ServletOutputStream output;

	private PrintWriter writer;

	CopyingResponse(HttpServletResponse response) {
		super(response);
	}

	/**
	 * The bytes sent, or {@code null} when the page was too large to keep.
	 */
	byte[] copied() {
		return this.tooLarge ? null : this.copy.toByteArray();
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.output == null) {
			this.output = new CopyingOutputStream(super.getOutputStream());
		}
		return this.output;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (this.writer != null) {
			this.writer.flush();
		}
		super.flushBuffer();
	}

	private void keep(byte[] bytes, int offset, int length) {
		if (this.tooLarge) {
			return;
		}
		if (this.copy.size() + length > LARGEST_KEPT) {
			this.tooLarge = true;
			this.copy.reset();
			return;
		}
		this.copy.write(bytes, offset, length);
	}

	private final class CopyingOutputStream extends ServletOutputStream {

		private final ServletOutputStream target;

		CopyingOutputStream(ServletOutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			this.target.write(b);
			keep(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.target.write(bytes, offset, length);
			keep(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.target.flush();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
