package co.gov.mineducacion.cooperation.certificate;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Certificates for an activity's funding organisation: issued by staff from the
 * activity's page or the certificates page, a bilingual PDF with the partner, the
 * activity, the amount committed and its currency and the dates, a verification page, and
 * an audited revocation.
 */
@PortalTest
class FunderCertificateTests {

	static final String STAFF = "analista@mineducacion.gov.co";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void issuesAPdfWithTheFunderTheActivityTheAmountCommittedAndTheDates() throws Exception {
		String slug = activity("Aulas digitales en Guainía", "Digital classrooms in Guainía");
		this.mvc.perform(get("/admin/activities/" + slug).with(SignedIn.staff(STAFF)))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("action=\"/admin/certificates/funders\"", "value=\"Fundación Luz del Río\""));
		String code = issue(slug, "Fundación Luz del Río");
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/certificates/" + code + ".pdf").with(SignedIn.staff(STAFF)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("certificate-" + slug + ".pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Fundación Luz del Río", "Aulas digitales en Guainía",
					"Digital classrooms in Guainía", "Monto comprometido", "Amount committed", "USD 250.000,5",
					"USD 250,000.5", "1 de marzo de 2025", "March 1, 2025", "31 de diciembre de 2025",
					"/certificates/" + code);
		}
	}

	@Test
	void theVerificationPageConfirmsItAndSaysOnceItIsRevokedAndTheRevocationIsAudited() throws Exception {
		String slug = activity("Bibliotecas rurales en Vichada", "Rural libraries in Vichada");
		String code = issue(slug, "Fundación Luz del Río");
		Document en = Jsoup.parse(verify(code, "en"));
		assertThat(en.select("#certificate-status").text()).isNotBlank();
		assertThat(en.select("#certificate-partner").text()).isEqualTo("Fundación Luz del Río");
		assertThat(en.select("#certificate-activity").text()).isEqualTo("Rural libraries in Vichada");
		assertThat(en.select("#certificate-amount").text()).isEqualTo("USD 250,000.5");
		this.mvc.perform(post("/admin/certificates/" + code + "/revoke").with(csrf()).with(SignedIn.staff(STAFF)))
			.andExpect(status().is3xxRedirection());
		assertThat(Jsoup.parse(verify(code, "es")).select("#certificate-status").text()).contains("revocado");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'certificate.revoked' AND target = ? AND actor = ?",
				Long.class, "certificate/" + code, STAFF))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'certificate.issued' AND target = ? AND details LIKE ?",
				Long.class, "certificate/" + code, "activity/" + slug + "%"))
			.isEqualTo(1);
	}

	@Test
	void refusesAFunderTheActivityDoesNotHaveNextToTheFieldKeepingWhatWasTyped() throws Exception {
		String slug = activity("Huertas escolares en Arauca", "School gardens in Arauca");
		String page = this.mvc
			.perform(post("/admin/certificates/funders").with(csrf())
				.with(SignedIn.staff(STAFF))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.param("activity", slug)
				.param("funder", "Universidad de ejemplo"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"funder-error\"", "That activity has no funder of that name.",
				"value=\"Universidad de ejemplo\"");
	}

	private String activity(String titleEs, String titleEn) throws Exception {
		String location = this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.with(SignedIn.staff(STAFF))
				.param("titleEs", titleEs)
				.param("titleEn", titleEn)
				.param("descriptionEs", "Descripción.")
				.param("descriptionEn", "Description.")
				.param("start", "2025-03-01")
				.param("end", "2025-12")
				.param("funders", "Fundación Luz del Río | USD 250000.50 2025-03-01")
				.param("implementers", "Universidad de ejemplo")
				.param("departments", "94"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String issue(String slug, String funder) throws Exception {
		this.mvc
			.perform(post("/admin/certificates/funders").with(csrf())
				.with(SignedIn.staff(STAFF))
				.param("activity", slug)
				.param("funder", funder))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject(
				"SELECT code FROM contribution_certificate WHERE activity_slug = ? ORDER BY id DESC LIMIT 1",
				String.class, slug);
	}

	private String verify(String code, String language) throws Exception {
		return this.mvc.perform(get("/certificates/" + code).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
