package co.gov.mineducacion.cooperation.offer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How far a ZIP inflates (DOCX and XLSX are ZIP packages), measured by inflating it entry
 * by entry into a small buffer and stopping at the limit: a real office document of 10 MB
 * inflates to a few tens of megabytes, a zip bomb to gigabytes. Checked before Apache
 * Tika looks inside, because its package detectors read the parts they need to the end,
 * with no limit.
 */
final class ZipInflation {

	static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	private ZipInflation() {
	}

	/**
	 * Whether the content starts as a ZIP (a local file header).
	 */
	static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * Whether the ZIP inflates to at most {@link #MAX_INFLATED_BYTES} in at most
	 * {@link #MAX_ENTRIES} entries; a ZIP that cannot be read to the end is not within
	 * them either.
	 */
	static boolean withinLimits(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		long inflated = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return false;
				}
				for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
					inflated += read;
					if (inflated > MAX_INFLATED_BYTES) {
						return false;
					}
				}
			}
			return entries > 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
