package co.gov.mineducacion.cooperation.offer;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Decides what an uploaded document really is from its content (Apache Tika), never from
 * its name or the browser's header, and accepts only PDF, DOCX, XLSX, PNG and JPEG up to
 * 10 MB. A ZIP package that inflates too far (a zip bomb) is refused before Tika opens
 * it.
 */
@Component
class AttachmentInspector implements SmartInitializingSingleton {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_FILES = 3;

	private static final Map<String, String> ALLOWED = Map.of("application/pdf", "pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "image/png", "png",
			"image/jpeg", "jpg");

	/**
	 * Tika's detectors (its MIME-type database, an XML file of some 1,600 types, and the
	 * Office container detectors), without the parsers the portal never uses. Reading
	 * them takes about a second on a small server, so they are read beside the rest of
	 * the start-up and awaited before the portal is ready: a failure still stops it.
	 */
	private final CompletableFuture<Detector> detector = CompletableFuture.supplyAsync(DefaultDetector::new);

	@Override
	public void afterSingletonsInstantiated() {
		this.detector.join();
	}

	/**
	 * The file, checked; or a {@link RejectedFileException} that says why it was refused.
	 */
	InspectedFile inspect(MultipartFile file) {
		if (file.getSize() > MAX_BYTES) {
			throw new RejectedFileException("TooLarge", file.getOriginalFilename());
		}
		if (file.isEmpty()) {
			throw new RejectedFileException("Empty", file.getOriginalFilename());
		}
		try {
			byte[] content = file.getBytes();
			if (ZipInflation.isZip(content) && !ZipInflation.withinLimits(content)) {
				throw new RejectedFileException("UnsupportedType", file.getOriginalFilename());
			}
			String type = detect(content);
			if (!ALLOWED.containsKey(type)) {
				throw new RejectedFileException("UnsupportedType", file.getOriginalFilename());
			}
			return new InspectedFile(safeName(file.getOriginalFilename(), ALLOWED.get(type)), type, content,
					sha256(content));
		}
		catch (IOException ex) {
			throw new RejectedFileException("Unreadable", file.getOriginalFilename());
		}
	}

	private String detect(byte[] content) throws IOException {
		// No file name in the metadata: the type is decided by the bytes alone.
		try (InputStream in = TikaInputStream.get(content)) {
			return this.detector.join().detect(in, new Metadata()).getBaseType().toString();
		}
	}

	/**
	 * The name without any path, control or reserved characters, and with the extension
	 * of its real type.
	 */
	static String safeName(String original, String extension) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		base = base.replaceAll("^\\.+", "");
		if (base.isBlank()) {
			base = "documento";
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + "." + extension;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
