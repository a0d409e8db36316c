package co.gov.mineducacion.cooperation.offer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Small ZIP files whose entries inflate to gigabytes, made in memory for upload tests:
 * one block of compressed zeros (or spaces) is written as many entries, so building them
 * costs one compression.
 */
final class ZipBombs {

	/** How much one entry inflates to. */
	static final long ENTRY_BYTES = 256L * 1024 * 1024;

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";

	private ZipBombs() {
	}

	/**
	 * A Word package on the outside ({@code [Content_Types].xml}, relationships) whose
	 * {@code entries} parts each inflate to {@link #ENTRY_BYTES} of zeros.
	 */
	static byte[] lookingLikeADocx(int entries) throws IOException {
		return zip(true, entries);
	}

	/** The same parts without {@code [Content_Types].xml}: a plain ZIP. */
	static byte[] plain(int entries) throws IOException {
		return zip(false, entries);
	}

	/**
	 * A package whose {@code [Content_Types].xml} is itself the bomb: a valid start, then
	 * {@link #ENTRY_BYTES} of spaces, which an XML parser reads to the end looking for
	 * the next tag.
	 */
	static byte[] withEndlessContentTypes() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			raw(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), (byte) ' ');
			raw(zip, "word/document.xml", new byte[0], (byte) 0);
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(boolean asDocx, int entries) throws IOException {
		Deflated zeros = deflate(new byte[0], (byte) 0);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			if (asDocx) {
				small(zip, "[Content_Types].xml", CONTENT_TYPES + "</Types>");
				small(zip, "_rels/.rels",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
								+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
			}
			for (int i = 0; i < entries; i++) {
				add(zip, (i == 0) ? "word/document.xml" : "word/media/image" + i + ".png", zeros);
			}
		}
		return bytes.toByteArray();
	}

	private static void small(ZipArchiveOutputStream zip, String name, String text) throws IOException {
		zip.putArchiveEntry(new ZipArchiveEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeArchiveEntry();
	}

	private static void raw(ZipArchiveOutputStream zip, String name, byte[] head, byte filler) throws IOException {
		add(zip, name, deflate(head, filler));
	}

	private static void add(ZipArchiveOutputStream zip, String name, Deflated data) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setMethod(ZipEntry.DEFLATED);
		entry.setSize(data.size());
		entry.setCompressedSize(data.bytes().length);
		entry.setCrc(data.crc());
		zip.addRawArchiveEntry(entry, new ByteArrayInputStream(data.bytes()));
	}

	/**
	 * {@code head} followed by {@code filler} up to {@link #ENTRY_BYTES}, deflated (raw,
	 * as ZIP stores it).
	 */
	private static Deflated deflate(byte[] head, byte filler) {
		byte[] chunk = new byte[1024 * 1024];
		java.util.Arrays.fill(chunk, filler);
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		CRC32 crc = new CRC32();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		deflater.setInput(head);
		crc.update(head);
		drain(deflater, buffer, out);
		long size = head.length;
		while (size < ENTRY_BYTES) {
			int n = (int) Math.min(chunk.length, ENTRY_BYTES - size);
			deflater.setInput(chunk, 0, n);
			crc.update(chunk, 0, n);
			drain(deflater, buffer, out);
			size += n;
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return new Deflated(out.toByteArray(), size, crc.getValue());
	}

	private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
		while (!deflater.needsInput()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
	}

	private record Deflated(byte[] bytes, long size, long crc) {
	}

}
