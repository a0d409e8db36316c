package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.PortalBrowser.Member;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the catalogue's admin pages in a real Chromium: Chart.js loads from
 * the portal under its Content Security Policy and draws every chart, the pages are
 * axe-core clean, and without JavaScript the tables alone carry the numbers.
 */
@BrowserTest
class DashboardBrowserTests {

	PortalBrowser browser;

	Member admin;

	@BeforeEach
	void adminAccountAndAnOffer() {
		this.admin = this.browser.newAdmin("jefa");
		submitOffer();
	}

	@Test
	void drawsEveryChartWithChartJsUnderTheContentSecurityPolicy() {
		Page page = this.browser.newPage("es");
		List<String> problems = new CopyOnWriteArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
				problems.add(message.text());
			}
		});
		page.onPageError((error) -> problems.add(error));
		signIn(page);

		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
		// Every chart with numbers gets its Chart.js instance; a chart without offers
		// keeps
		// its table only.
		page.waitForLoadState();
		Object drawn = page.evaluate("() => window.Chart !== undefined && Array.from(document.querySelectorAll("
				+ "'figure.chart')).filter((f) => f.querySelector('tbody tr[data-label]'))"
				+ ".every((f) => window.Chart.getChart(f.querySelector('canvas')) !== undefined)");
		assertThat(problems).as("console errors and CSP violations").isEmpty();
		assertThat(drawn).as("every chart with numbers is drawn").isEqualTo(true);
		assertThat(page.locator("#chart-status .chart__canvas")).isVisible();
		assertThat(page.locator("#chart-status canvas")).hasAttribute("role", "img");
		Object painted = page.evaluate("() => { const c = document.querySelector('#chart-status canvas');"
				+ " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
				+ " let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }");
		assertThat(((Number) painted).intValue()).as("painted pixels of the status chart").isGreaterThan(1000);
		assertThat(page.locator("#chart-month tbody tr")).hasCount(12);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-dashboard-charts-es");
		assertThat(problems).as("console errors and CSP violations").isEmpty();
		page.context().close();
	}

	@Test
	void showsTheNumbersInTablesWithoutJavaScript() {
		Page page = this.browser.newPage(
				new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("es"));
		signIn(page);
		assertThat(page.locator("#chart-status table caption")).hasText("Datos del gráfico «Ofertas por estado»");
		assertThat(page.locator("#chart-status .chart__canvas")).isHidden();
		assertThat(page.locator("#chart-status tbody th", new Page.LocatorOptions().setHasText("Recibida")))
			.isVisible();
	}

	@Test
	void theCatalogueAndContactAdminPagesAreAccessible() {
		Page page = this.browser.newPage("es");
		signIn(page);
		for (String path : new String[] { "/admin/catalog/projects", "/admin/catalog/projects/PBM-COB-01",
				"/admin/catalog/action-types", "/admin/catalog/action-types/A01", "/admin/contact-channels",
				"/admin/contact-channels/OCI_PHONE", "/admin/contact-channels/new" }) {
			page.navigate(this.browser.url(path));
			assertThat(page.locator("main h1")).isVisible();
			Browser.assertAccessible(page);
		}
		page.navigate(this.browser.url("/admin/catalog/projects/new"));
		page.getByLabel("Código").fill("pbm cal 6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar el proyecto")).click();
		assertThat(page.locator("#code-error"))
			.hasText("Use solo mayúsculas, números y guiones, por ejemplo PBM-CAL-06.");
		assertThat(page.getByLabel("Código")).hasValue("PBM CAL 6");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-catalog-project-errors-es");
		page.context().close();
	}

	private void signIn(Page page) {
		page.navigate(this.browser.url("/admin"));
		PortalBrowser.signIn(page, this.admin);
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
	}

	private void submitOffer() {
		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/offers/new?action=A05&project=PBM-COB-01"));
		page.getByLabel("Nombre de la organización").fill("Fundación Gráficos");
		page.getByLabel("Tipo de organización").selectOption("NGO");
		page.getByLabel("Nombre completo").fill("Camilo Pérez");
		page.getByLabel("Correo electrónico")
			.fill("grafico+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		page.getByLabel("Título de la oferta").fill("Laboratorios de ciencias");
		page.getByLabel("Descripción").fill("Laboratorios de ciencias para colegios rurales.");
		page.getByLabel("Autorizo al Ministerio").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la oferta")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar la oferta")).click();
		assertThat(page.locator(".tracking-code")).isVisible();
		page.context().close();
	}

}
