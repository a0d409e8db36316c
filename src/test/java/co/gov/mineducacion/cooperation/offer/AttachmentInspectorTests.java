package co.gov.mineducacion.cooperation.offer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttachmentInspectorTests {

	private final AttachmentInspector inspector = new AttachmentInspector();

	@Test
	void recognisesAPdfByItsContent() {
		InspectedFile file = this.inspector.inspect(file("propuesta.pdf", "application/pdf", Documents.pdf()));
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		assertThat(file.fileName()).isEqualTo("propuesta.pdf");
		assertThat(file.sha256()).hasSize(64);
	}

	@Test
	void namesAFileByWhatItReallyIs() {
		InspectedFile file = this.inspector.inspect(file("logo.pdf", "application/pdf", Documents.png()));
		assertThat(file.mediaType()).isEqualTo("image/png");
		assertThat(file.fileName()).isEqualTo("logo.png");
	}

	@Test
	void recognisesAWordDocumentInsideItsZip() throws IOException {
		InspectedFile file = this.inspector.inspect(file("carta.docx", "application/octet-stream", Documents.docx()));
		assertThat(file.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void refusesAnExecutableDisguisedAsPdf() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(
					() -> this.inspector.inspect(file("factura.pdf", "application/pdf", Documents.windowsExecutable())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("UnsupportedType"));
	}

	@Test
	void refusesAPlainZipCalledDocx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("payload.txt"));
			zip.write("x".repeat(1000).getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(
				() -> this.inspector.inspect(file("informe.docx", "application/octet-stream", bytes.toByteArray())));
	}

	@Test
	void refusesAZipBombThatLooksLikeAWordDocumentBeforeOpeningIt() throws IOException {
		byte[] bomb = ZipBombs.lookingLikeADocx(4);
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		assertThat(ZipInflation.withinLimits(bomb)).isFalse();
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.inspector.inspect(file("informe.docx", "application/octet-stream", bomb)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("UnsupportedType"));
	}

	@Test
	void acceptsARealWordDocumentWithinTheInflationLimits() throws IOException {
		assertThat(ZipInflation.withinLimits(Documents.docx())).isTrue();
	}

	@Test
	void refusesAFileOverTenMegabytes() {
		byte[] big = new byte[(int) AttachmentInspector.MAX_BYTES + 1];
		System.arraycopy(Documents.pdf(), 0, big, 0, Documents.pdf().length);
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.inspector.inspect(file("grande.pdf", "application/pdf", big)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("TooLarge"));
	}

	@Test
	void keepsNoPathOrControlCharacterOfTheOriginalName() {
		assertThat(AttachmentInspector.safeName("../../etc/passwd.pdf", "pdf")).isEqualTo("passwd.pdf");
		assertThat(AttachmentInspector.safeName("C:\\Users\\x\\<script>.pdf", "pdf")).isEqualTo("script.pdf");
		assertThat(AttachmentInspector.safeName("..pdf", "pdf")).isEqualTo("documento.pdf");
		assertThat(AttachmentInspector.safeName(null, "png")).isEqualTo("documento.png");
	}

	private static MockMultipartFile file(String name, String type, byte[] content) {
		return new MockMultipartFile("attachments", name, type, content);
	}

}
