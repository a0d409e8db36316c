package co.gov.mineducacion.cooperation.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream (RFC 1952) put together from pieces compressed once and short values
 * stored as they are between them, so that a page kept with holes ({@link KeptForm}) is
 * sent compressed without being compressed again for each visitor. Each piece is a run of
 * DEFLATE blocks (RFC 1951) made by its own {@link Deflater} and ended with a sync flush,
 * so it stops on a byte boundary and refers back to nothing before it; each value is a
 * stored block; an empty final block, the checksum and the length close the stream.
 * Compressing the whole 43 KB offer form for each visitor instead took Tomcat about three
 * quarters of the throughput (README, issue 17).
 */
final class PieceworkGzip {

	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** A final block with fixed codes holding only the end-of-block code. */
	private static final byte[] LAST_BLOCK = { 0x03, 0x00 };

	private static final int STORED_BLOCK_HEADER = 5;

	private static final int LARGEST_STORED_BLOCK = 0xffff;

	private PieceworkGzip() {
	}

	/**
	 * The piece as DEFLATE blocks that can be followed by any other blocks.
	 */
	static byte[] deflated(byte[] piece) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(piece);
			ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length / 4 + 64);
			byte[] buffer = new byte[8192];
			int written;
			do {
				written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
			}
			while (written == buffer.length);
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * The length of the stream {@link #write} writes.
	 */
	static long length(List<byte[]> deflated, List<byte[]> values) {
		long length = HEADER.length + LAST_BLOCK.length + 8;
		for (byte[] piece : deflated) {
			length += piece.length;
		}
		for (byte[] value : values) {
			length += STORED_BLOCK_HEADER + value.length;
		}
		return length;
	}

	/**
	 * Writes the pieces with the values between them as one gzip stream.
	 * @param pieces the pieces as they are, for the checksum
	 * @param deflated the same pieces {@link #deflated}
	 * @param values one fewer than the pieces, each at most 65,535 bytes
	 */
	static void write(OutputStream out, List<byte[]> pieces, List<byte[]> deflated, List<byte[]> values)
			throws IOException {
		if (values.size() != pieces.size() - 1 || deflated.size() != pieces.size()) {
			throw new IllegalArgumentException("One value goes between two pieces");
		}
		CRC32 checksum = new CRC32();
		long size = 0;
		out.write(HEADER);
		for (int i = 0; i < pieces.size(); i++) {
			out.write(deflated.get(i));
			checksum.update(pieces.get(i));
			size += pieces.get(i).length;
			if (i < values.size()) {
				byte[] value = values.get(i);
				writeStored(out, value);
				checksum.update(value);
				size += value.length;
			}
		}
		out.write(LAST_BLOCK);
		writeLittleEndian(out, checksum.getValue());
		writeLittleEndian(out, size);
	}

	private static void writeStored(OutputStream out, byte[] value) throws IOException {
		if (value.length > LARGEST_STORED_BLOCK) {
			throw new IllegalArgumentException("A stored value holds at most 65,535 bytes");
		}
		int length = value.length;
		out.write(new byte[] { 0x00, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8) });
		out.write(value);
	}

	/** The low 32 bits, least significant byte first. */
	private static void writeLittleEndian(OutputStream out, long value) throws IOException {
		out.write(new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) });
	}

}
