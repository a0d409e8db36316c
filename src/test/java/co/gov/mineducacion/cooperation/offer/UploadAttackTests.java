package co.gov.mineducacion.cooperation.offer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile documents posted with the offer form. The portal decides a document's type from
 * its content and keeps only PDF, DOCX, XLSX, PNG and JPEG: a file that is (or starts as)
 * HTML, SVG, GIF or an executable is refused; an image with something appended (a ZIP, a
 * JAR, HTML) is still a valid image, so it is kept, named and served as that image (as a
 * download, never sniffed), where the appended part cannot run. A ZIP that inflates to
 * gigabytes is refused before anything reads it. A path in a file name is dropped.
 * Refusals come with a message beside the field, keep what was typed and store nothing.
 */
@PortalTest
class UploadAttackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void refusesZipBombsCalledDocxWithAClearMessageAndStoresNothing() throws Exception {
		Map<String, byte[]> bombs = Map.of("with [Content_Types].xml", ZipBombs.lookingLikeADocx(12),
				"without [Content_Types].xml", ZipBombs.plain(12), "with an endless [Content_Types].xml",
				ZipBombs.withEndlessContentTypes());
		for (Map.Entry<String, byte[]> bomb : bombs.entrySet()) {
			long started = System.nanoTime();
			Refusal refusal = review("informe.docx", bomb.getValue());
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("Zip bomb %s (%d KB) refused in %d ms%n", bomb.getKey(), bomb.getValue().length / 1024,
					millis);
			assertThat(refusal.page()).as(bomb.getKey())
				.contains("El archivo informe.docx no es un PDF, DOCX, XLSX, PNG o JPEG válido.");
			refusal.assertNothingStored();
		}
	}

	@Test
	void refusesHtmlSvgGifAndExecutablesWhateverTheirNameOrWhatFollowsThem() throws Exception {
		Map<String, byte[]> files = Map.of("pagina.pdf",
				bytes("<html><body><script>alert(1)</script></body></html>\n", Documents.pdf()), "dibujo.png",
				bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "gifar.jpg",
				bytes(gif(), jar()), "factura.pdf", Documents.windowsExecutable());
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Refusal refusal = review(file.getKey(), file.getValue());
			assertThat(refusal.page()).as(file.getKey())
				.contains("El archivo " + file.getKey() + " no es un PDF, DOCX, XLSX, PNG o JPEG válido.")
				.contains("Horizonte Educativo\"");
			refusal.assertNothingStored();
		}
	}

	@Test
	void keepsAnImageWithSomethingAppendedAsThatImageAndServesItAsADownload() throws Exception {
		String email = uniqueEmail();
		String code = fileWith(email,
				new MockMultipartFile("attachments", "logo.pdf", "application/pdf", bytes(Documents.png(), jar())),
				new MockMultipartFile("attachments", "foto.html", "text/html",
						bytes(jpeg(), "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
		assertThat(stored(email)).containsExactly("logo.png image/png", "foto.jpg image/jpeg");
		MockHttpServletResponse download = download(code, "logo.png");
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("logo.png");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void dropsAnyPathFromTheFileNameAndDownloadsUnderTheSafeName() throws Exception {
		String email = uniqueEmail();
		String code = fileWith(email, pdf("../../etc/passwd.pdf"), pdf("..\\..\\windows\\win.ini.pdf"),
				pdf("%2e%2e%2f%2e%2e%2fboot.ini\u0000.exe"));
		assertThat(stored(email)).containsExactly("passwd.pdf application/pdf", "win.ini.pdf application/pdf",
				"%2e%2e%2f%2e%2e%2fboot.ini.pdf application/pdf");
		for (String name : List.of("passwd.pdf", "win.ini.pdf", "%2e%2e%2f%2e%2e%2fboot.ini.pdf")) {
			String disposition = download(code, name).getHeader("Content-Disposition");
			assertThat(disposition).startsWith("attachment;").doesNotContain("/", "\\", "..\"", "\u0000", "\r", "\n");
		}
	}

	private Refusal review(String name, byte[] content) throws Exception {
		String email = uniqueEmail();
		String token = UUID.randomUUID().toString();
		MockHttpServletResponse response = this.mvc
			.perform(validOffer(multipart("/offers"), email, "formToken", token, "step", "review")
				.file(new MockMultipartFile("attachments", name, "application/octet-stream", content))
				.with(csrf())
				.with(fromNewClient()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(name).isEqualTo(422);
		return new Refusal(response.getContentAsString(StandardCharsets.UTF_8), email, token);
	}

	private String fileWith(String email, MockMultipartFile... files) throws Exception {
		String token = UUID.randomUUID().toString();
		var review = validOffer(multipart("/offers"), email, "formToken", token, "step", "review");
		for (MockMultipartFile file : files) {
			review.file(file);
		}
		assertThat(this.mvc.perform(review.with(csrf()).with(fromNewClient())).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		return (String) this.mvc
			.perform(validOffer(post("/offers"), email, "formToken", token).with(csrf()).with(fromNewClient()))
			.andReturn()
			.getFlashMap()
			.get("trackingCode");
	}

	private List<String> stored(String email) {
		return this.jdbc.queryForList(
				"SELECT a.file_name || ' ' || a.media_type FROM offer_attachment a JOIN offer o ON o.id = a.offer_id "
						+ "WHERE o.contact_email = ? ORDER BY a.id",
				String.class, email);
	}

	private MockHttpServletResponse download(String code, String name) throws Exception {
		String id = this.jdbc
			.queryForObject("SELECT a.public_id::text FROM offer_attachment a JOIN offer o ON o.id = a.offer_id "
					+ "WHERE o.tracking_code = ? AND a.file_name = ?", String.class, code, name);
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/offers/" + code + "/documents/" + id)
				.with(SignedIn.staff("revisora@mineducacion.gov.co")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("attachments", name, "application/pdf", Documents.pdf());
	}

	private static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object part : parts) {
			out.writeBytes((part instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
		}
		return out.toByteArray();
	}

	/** The smallest GIF: a header, a 1x1 screen and the trailer. */
	private static byte[] gif() {
		return bytes("GIF89a", new byte[] { 1, 0, 1, 0, 0, 0, 0, 0x3b });
	}

	/** A JPEG's start of image and JFIF header, and its end. */
	private static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
				0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };
	}

	/** A Java archive with a manifest and one class file's name. */
	private static byte[] jar() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
			zip.write("Manifest-Version: 1.0\r\nMain-Class: Evil\r\n".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("Evil.class"));
			zip.write(new byte[] { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE });
		}
		return bytes.toByteArray();
	}

	private final class Refusal {

		private final String page;

		private final String email;

		private final String token;

		Refusal(String page, String email, String token) {
			this.page = page;
			this.email = email;
			this.token = token;
		}

		String page() {
			return this.page;
		}

		void assertNothingStored() {
			assertThat(UploadAttackTests.this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email = ?",
					Integer.class, this.email))
				.isZero();
			assertThat(UploadAttackTests.this.jdbc
				.queryForObject("SELECT count(*) FROM staged_upload WHERE form_token = ?", Integer.class, this.token))
				.isZero();
		}

	}

}
