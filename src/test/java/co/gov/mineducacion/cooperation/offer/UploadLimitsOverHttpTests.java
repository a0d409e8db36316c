package co.gov.mineducacion.cooperation.offer;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.PortalServer;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import co.gov.mineducacion.cooperation.test.WebVisitor.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized documents posted to the real server (Tomcat's multipart limits only apply
 * there): over the portal's 10 MB, a message beside the field with what was typed kept;
 * over the container's limits (50 MB a file, 160 MB a post), the portal's own 413 page in
 * the visitor's language, never the container's bare one. Nothing is stored.
 */
@PortalServer
class UploadLimitsOverHttpTests {

	private static final long MEGABYTE = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDocumentOverTenMegabytesIsRefusedBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
		Posted posted = post("es", 11 * MEGABYTE);
		assertThat(posted.page().status()).isEqualTo(422);
		assertThat(posted.page().body()).contains("El archivo grande.pdf pesa más de 10 MB.")
			.contains("Horizonte Educativo\"")
			.contains("id=\"attachments-error\"");
		assertNothingStored(posted);
	}

	@Test
	void aDocumentOverTheContainersLimitGetsThePortalsPageInTheVisitorsLanguage() throws Exception {
		Posted posted = post("es", 51 * MEGABYTE);
		assertThat(posted.page().status()).isEqualTo(413);
		assertThat(posted.page().body()).contains("Lo que envió es demasiado grande")
			.contains("hasta 10 MB")
			.doesNotContain("HTTP Status", "Tomcat");
		assertNothingStored(posted);

		Posted inEnglish = post("en", 51 * MEGABYTE);
		assertThat(inEnglish.page().status()).isEqualTo(413);
		assertThat(inEnglish.page().body()).contains("What you sent is too large").contains("lang=\"en\"");
	}

	@Test
	void aPostOverTheContainersRequestLimitGetsThePortalsPage() throws Exception {
		Posted posted = post("en", 161 * MEGABYTE);
		assertThat(posted.page().status()).isEqualTo(413);
		assertThat(posted.page().body()).contains("What you sent is too large").doesNotContain("HTTP Status");
		assertNothingStored(posted);
	}

	/**
	 * Opens the form in {@code language}, as a browser would, and posts a valid offer for
	 * review with one PDF of {@code size} bytes.
	 */
	private Posted post(String language, long size) throws Exception {
		WebVisitor visitor = new WebVisitor("http://127.0.0.1:" + this.port);
		Page form = visitor.get("/offers/new?lang=" + language);
		String email = OfferFixtures.uniqueEmail();
		Map<String, List<String>> fields = OfferPages.typedInto(form, email, "step", "review");
		Page page = visitor.postMultipart("/offers", fields, "attachments", "grande.pdf", "application/pdf",
				() -> pdfOf(size), size);
		return new Posted(page, email, fields.get("formToken").get(0));
	}

	private void assertNothingStored(Posted posted) {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM offer WHERE contact_email = ?", Integer.class,
				posted.email()))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staged_upload WHERE form_token = ?", Integer.class,
				posted.formToken()))
			.isZero();
	}

	/**
	 * A PDF header followed by spaces up to {@code size} bytes, made as it is read.
	 */
	private static InputStream pdfOf(long size) {
		byte[] head = Documents.pdf();
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.position >= size) {
					return -1;
				}
				int n = (int) Math.min(length, size - this.position);
				for (int i = 0; i < n; i++) {
					long at = this.position + i;
					buffer[offset + i] = (at < head.length) ? head[(int) at] : (byte) ' ';
				}
				this.position += n;
				return n;
			}

		};
	}

	private record Posted(Page page, String email, String formToken) {
	}

}
