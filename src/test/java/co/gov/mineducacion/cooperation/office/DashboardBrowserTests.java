package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.Totp;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the catalogue's admin pages in a real Chromium: Chart.js loads from
 * the portal under its Content Security Policy and draws every chart, the pages are
 * axe-core clean, and without JavaScript the tables alone carry the numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class DashboardBrowserTests {

	private static final String PASSWORD = "clave-de-prueba-larga-2026";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	String email;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Autowired
	ApplicationContext context;

	String secret;

	@BeforeEach
	void adminAccountAndAnOffer() {
		this.email = "jefa+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.secret = EnrolledStaff.admin(this.context, this.email, PASSWORD);
		submitOffer();
	}

	@Test
	void drawsEveryChartWithChartJsUnderTheContentSecurityPolicy() {
		Page page = browser.newPage("es");
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
		BrowserContext context = browser.newPage("es")
			.context()
			.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)
				.setLocale("es"));
		Page page = context.newPage();
		signIn(page);
		assertThat(page.locator("#chart-status table caption")).hasText("Datos del gráfico «Ofertas por estado»");
		assertThat(page.locator("#chart-status .chart__canvas")).isHidden();
		assertThat(page.locator("#chart-status tbody th", new Page.LocatorOptions().setHasText("Recibida")))
			.isVisible();
		context.close();
	}

	@Test
	void theCatalogueAndContactAdminPagesAreAccessible() {
		Page page = browser.newPage("es");
		signIn(page);
		for (String path : new String[] { "/admin/catalog/projects", "/admin/catalog/projects/PBM-COB-01",
				"/admin/catalog/action-types", "/admin/catalog/action-types/A01", "/admin/contact-channels",
				"/admin/contact-channels/OCI_PHONE", "/admin/contact-channels/new" }) {
			page.navigate(url(path));
			assertThat(page.locator("main h1")).isVisible();
			Browser.assertAccessible(page);
		}
		page.navigate(url("/admin/catalog/projects/new"));
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
		page.navigate(url("/admin"));
		page.getByLabel("Correo electrónico institucional").fill(this.email);
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		page.getByLabel("Código de verificación").fill(Totp.code(this.secret, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
	}

	private void submitOffer() {
		Page page = browser.newPage("es");
		page.navigate(url("/offers/new?action=A05&project=PBM-COB-01"));
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
