package co.gov.mineducacion.cooperation.offer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The only untrusted XML the portal reads is inside an uploaded Office document, when the
 * content decides its type. A package whose XML declares external entities and an
 * external DTD pointing at a server must not make the portal fetch anything (XXE, SSRF).
 */
class XmlEntityTests {

	private final AttachmentInspector inspector = new AttachmentInspector();

	private final AtomicInteger fetches = new AtomicInteger();

	private HttpServer server;

	@BeforeEach
	void listen() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.fetches.incrementAndGet();
			byte[] body = "<!ENTITY leak \"leaked\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void fetchesNoExternalEntityOrDtdNamedInAWordDocumentsXml() throws IOException {
		String base = "http://127.0.0.1:" + this.server.getAddress().getPort();
		String doctype = "<!DOCTYPE Types SYSTEM \"" + base + "/types.dtd\" [<!ENTITY % remote SYSTEM \"" + base
				+ "/remote.dtd\"> %remote; <!ENTITY file SYSTEM \"" + base + "/file\">]>";
		byte[] docx = docx(doctype, "&file;");

		try {
			this.inspector
				.inspect(new MockMultipartFile("attachments", "carta.docx", "application/octet-stream", docx));
		}
		catch (RejectedFileException refused) {
			// Refusing the package is as safe as typing it; what matters is that nothing
			// was fetched.
		}

		assertThat(this.fetches).hasValue(0);
	}

	private static byte[] docx(String doctype, String entity) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ doctype.replace("Types", "Relationships")
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
			entry(zip, "word/document.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype.replace("Types", "w:document")
							+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
							+ "<w:body><w:p><w:r><w:t>" + entity + "</w:t></w:r></w:p></w:body></w:document>");
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
	}

}
