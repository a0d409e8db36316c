package co.gov.mineducacion.cooperation.certificate;

import co.gov.mineducacion.cooperation.shared.security.PortalCsrfTokens;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An ADMIN issues a funder's certificate from the activity's page, enters the Ministry's
 * IATI budget and sees the statistics and open data, in a real Chromium with axe-core on
 * every new page. Also the README's screenshots: statistics-es, activity-money-es,
 * certificate-verify-en.
 */
@BrowserTest
class FunderCertificateBrowserTests {

	PortalBrowser browser;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	/**
	 * The activity is made with MockMvc's {@code csrf()}, which swaps the CSRF filter's
	 * repository for the rest of this shared context: the next browser posting a kept
	 * form needs the portal's back.
	 */
	@AfterEach
	void portalCsrfTokensBack() {
		PortalCsrfTokens.restore(this.context);
	}

	@Test
	void anAdminIssuesAFundersCertificateFromTheActivityAndEntersTheIatiBudget() throws Exception {
		String slug = activityWithMoneyAndGoals();
		Page admin = this.browser.signedInAdmin();
		admin.navigate(this.browser.url("/admin/activities/" + slug));
		Browser.assertAccessible(admin);
		admin
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Expedir certificado para Fundación Mar Abierto"))
			.click();
		assertThat(admin.locator("h1")).hasText("Certificados de contribución");
		Browser.assertAccessible(admin);
		String code = this.jdbc.queryForObject(
				"SELECT code FROM contribution_certificate WHERE activity_slug = ? ORDER BY id DESC LIMIT 1",
				String.class, slug);

		Page visitor = this.browser.newPage("en");
		visitor.navigate(this.browser.url("/certificates/" + code));
		assertThat(visitor.locator("#certificate-activity")).hasText("Teacher networks in the Pacific");
		Browser.assertAccessible(visitor);
		Browser.screenshot(visitor, "certificate-verify-en");
		Page reader = this.browser.newPage("es");
		reader.navigate(this.browser.url("/activities/" + slug));
		Browser.assertAccessible(reader);
		Browser.screenshot(reader, "activity-money-es");
		reader.navigate(this.browser.url("/statistics"));
		assertThat(reader.locator("#chart-committed tbody tr[data-label='2025']")).isVisible();
		Browser.assertAccessible(reader);
		Browser.screenshot(reader, "statistics-es");

		admin.navigate(this.browser.url("/admin/settings/iati-budget"));
		Browser.assertAccessible(admin);
		admin.getByLabel("Monto").fill("0");
		admin.getByLabel("Moneda").fill("COP");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar presupuesto")).click();
		assertThat(admin.locator("#amount-error")).isVisible();
		assertThat(admin.getByLabel("Moneda")).hasValue("COP");
		Browser.assertAccessible(admin);
		admin.getByLabel("Monto").fill("1500000000");
		admin.getByLabel("Inicio del periodo").fill("2026-01-01");
		admin.getByLabel("Fin del periodo").fill("2026-12-31");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar presupuesto")).click();
		assertThat(admin.locator("[role=status]").first()).containsText("El presupuesto se guardó");
		admin.navigate(this.browser.url("/open-data"));
		assertThat(admin.locator("#dataset-iatiOrganisation")).isVisible();
		Browser.assertAccessible(admin);
		this.jdbc.update("UPDATE organisation_budget SET amount = NULL, currency = NULL, period_start = NULL,"
				+ " period_end = NULL, version = 0 WHERE id = 1");
	}

	private String activityWithMoneyAndGoals() throws Exception {
		String location = this.mvc
			.perform(post("/admin/activities/new").with(csrf())
				.with(user("analista@mineducacion.gov.co").roles("STAFF"))
				.param("titleEs", "Redes de docentes del Pacífico")
				.param("titleEn", "Teacher networks in the Pacific")
				.param("descriptionEs", "Redes de maestras y maestros de Chocó y Nariño que comparten prácticas.")
				.param("descriptionEn", "Networks of teachers from Chocó and Nariño who share practice.")
				.param("start", "2025-02")
				.param("end", "2026-11")
				.param("funders",
						"Fundación Mar Abierto | USD 480000 2025-02-15\nBanco Andino | COP 350000000 2025-06-30")
				.param("implementers", "Universidad del Pacífico")
				.param("cities", "27001 Quibdó\n52835 San Andrés de Tumaco")
				.param("budgetAmount", "2300000000")
				.param("budgetCurrency", "COP")
				.param("budgetDate", "2025-02-01")
				.param("cooperationType", "BILATERAL")
				.param("modality", "TECHNICAL")
				.param("sdgs", "4", "10")
				.param("teachers", "640")
				.param("schools", "85"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
