package co.gov.mineducacion.cooperation.certificate;

import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff issue a bilingual PDF certificate of an accepted offer's contribution; anyone
 * verifies it by its code, which cannot be altered or guessed; staff revoke it, audited.
 */
@PortalTest
class CertificateTests {

	static final String STAFF = "analista@mineducacion.gov.co";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CertificateCodes codes;

	@Test
	void issuesAPdfThatHoldsThePartnerTheContributionAndTheAmountInBothLanguages() throws Exception {
		String code = issue(acceptedOffer("Fundación Semillas del Caribe"));
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/certificates/" + code + ".pdf").with(SignedIn.staff(STAFF)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Fundación Semillas del Caribe", "Laboratorios de ciencias",
					"Certificado de contribución", "Certificate of contribution", "COP 1.234.567,5", "COP 1,234,567.5",
					"Financiero", "Financial", "/certificates/" + code);
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
			PDPage page = pdf.getPage(0);
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
			}
		}
	}

	@Test
	void theVerificationPageConfirmsAValidCertificateInBothLanguages() throws Exception {
		String code = issue(acceptedOffer("Fundación Raíces"));
		MockHttpServletResponse es = verify(code, "es");
		assertThat(es.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(es.getContentAsString());
		assertThat(page.select("#certificate-status").text()).startsWith("Este certificado es válido");
		assertThat(page.select("#certificate-partner").text()).isEqualTo("Fundación Raíces");
		assertThat(page.select("#certificate-amount").text()).isEqualTo("COP 1.234.567,5");
		Document en = Jsoup.parse(verify(code, "en").getContentAsString());
		assertThat(en.select("#certificate-status").text()).startsWith("This certificate is valid");
		assertThat(en.select("#certificate-amount").text()).isEqualTo("COP 1,234,567.5");
		assertThat(page.text()).doesNotContain(STAFF);
	}

	@Test
	void anUnknownOrAlteredCodeNamesNoCertificate() throws Exception {
		String code = issue(acceptedOffer("Fundación Cauce"));
		char last = code.charAt(code.length() - 1);
		String tampered = code.substring(0, code.length() - 1) + ((last == 'a') ? 'b' : 'a');
		String otherBody = ((code.charAt(0) == '0') ? '1' : '0') + code.substring(1);
		String unknown = this.codes.newCode();
		assertThat(this.codes.isGenuine(code)).isTrue();
		assertThat(this.codes.isGenuine(unknown)).isTrue();
		for (String wrong : new String[] { tampered, otherBody, unknown, "no-es-un-codigo", code + "0" }) {
			assertThat(this.codes.isGenuine(wrong)).as(wrong).isEqualTo(wrong.equals(unknown));
			MockHttpServletResponse response = verify(wrong, "es");
			assertThat(response.getStatus()).as(wrong).isEqualTo(404);
			assertThat(Jsoup.parse(response.getContentAsString()).select("#certificate-status").text())
				.startsWith("Ningún certificado tiene este código");
		}
	}

	@Test
	void staffRevokeACertificateOnceAndTheAuditLogSaysWho() throws Exception {
		String code = issue(acceptedOffer("Fundación Alas"));
		this.mvc.perform(post("/admin/certificates/" + code + "/revoke").with(SignedIn.staff(STAFF)).with(csrf()))
			.andExpect(
					(result) -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/certificates"));
		MockHttpServletResponse es = verify(code, "es");
		assertThat(es.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(es.getContentAsString()).select("#certificate-status").text())
			.startsWith("Este certificado fue revocado el");
		assertThat(Jsoup.parse(verify(code, "en").getContentAsString()).select("#certificate-status").text())
			.startsWith("This certificate was revoked on");
		assertThat(this.mvc
			.perform(post("/admin/certificates/" + code + "/revoke").with(SignedIn.staff(STAFF)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE target = ? ORDER BY id", String.class,
				"certificate/" + code))
			.containsExactly("certificate.issued", "certificate.revoked");
		assertThat(this.jdbc.queryForObject("SELECT revoked_by FROM contribution_certificate WHERE code = ?",
				String.class, code))
			.isEqualTo(STAFF);
	}

	@Test
	void refusesToCertifyAnOfferTheOfficeHasNotAccepted() throws Exception {
		String received = new OfferRows(this.jdbc).offer((o) -> o);
		MvcResult result = this.mvc
			.perform(post("/admin/certificates").param("offer", received).with(SignedIn.staff(STAFF)).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#offer-error").text())
			.isEqualTo("Ninguna oferta aceptada tiene ese número de radicado.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM contribution_certificate WHERE offer_code = ?",
				Long.class, received))
			.isZero();
	}

	private String acceptedOffer(String organisation) {
		return CertificateFixtures.acceptedOffer(this.jdbc, organisation);
	}

	private String issue(String offer) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/certificates").param("offer", offer).with(SignedIn.staff(STAFF)).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/certificates");
		return (String) result.getFlashMap().get("issued");
	}

	private MockHttpServletResponse verify(String code, String language) throws Exception {
		return this.mvc.perform(get("/certificates/" + code).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn()
			.getResponse();
	}

}
