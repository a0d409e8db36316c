package co.gov.mineducacion.cooperation.publication;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import co.gov.mineducacion.cooperation.test.Totp;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real Chromium, in both languages: the four policy pages and the footer are WCAG
 * 2.1 A/AA clean (axe-core) and the footer links every policy; an ADMIN fills in a
 * setting, sees the checklist count it and the footer publish it, and the admin pages are
 * clean too, errors shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PublicationBrowserTests {

	private static final String PASSWORD = "una-clave-larga-para-publicar-2026";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@AfterEach
	void emptyTheSettings() {
		this.jdbc.update("UPDATE office_identity SET postal_code = NULL, judicial_email = NULL");
		Caches.clearAll(this.caches);
	}

	@ParameterizedTest
	@CsvSource({ "terms, /terms, Términos y condiciones de uso, Terms and conditions of use",
			"personal-data-policy, /personal-data-policy, Política de tratamiento de datos personales, "
					+ "Personal data processing policy",
			"copyright, /copyright, Derechos de autor y autorización de uso, Copyright and authorisation of use",
			"accessibility, /accessibility, Declaración de accesibilidad, Accessibility statement" })
	void eachPolicyPageAndItsFooterAreAccessibleInBothLanguages(String name, String path, String titleEs,
			String titleEn) {
		for (String language : new String[] { "es", "en" }) {
			Page page = browser.newPage(language);
			page.navigate(url(path));
			String title = language.equals("es") ? titleEs : titleEn;
			assertThat(page.locator("main h1")).hasText(title);
			Locator footer = page.locator("footer");
			assertThat(footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
				.hasAttribute("href", path);
			assertThat(footer.locator("time")).hasAttribute("datetime", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
			Browser.assertAccessible(page);
			Browser.screenshot(page, "policy-" + name + "-" + language);
			page.context().close();
		}
	}

	@Test
	void anAdminFillsInTheFooterAndTheChecklistAndEveryFooterFollow() {
		Page page = signedInAdmin();
		page.navigate(url("/admin/publication"));
		String before = page.locator("#checklist-count").textContent();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-checklist-es");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Editar los datos de la Oficina")).click();
		page.getByLabel("Código postal de la dirección").fill("11-03");
		page.getByLabel("Correo para notificaciones judiciales").fill("notificaciones@prueba.gov.co");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar los datos")).click();
		assertThat(page.locator("#postalCode-error")).hasText("Escriba los seis dígitos del código postal.");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-identity-errors-es");

		page.getByLabel("Código postal de la dirección").fill("110311");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar los datos")).click();
		assertThat(page.locator("[role=status]")).containsText("Se guardaron los datos de la Oficina");
		page.navigate(url("/admin/publication"));
		assertThat(page.locator("#checklist-count")).not().hasText(before);

		page.navigate(url("/admin/publication/texts/accessibility?lang=en"));
		assertThat(page.locator("main h1")).hasText("Accessibility statement");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-text-form-en");
		page.navigate(url("/admin/publication?lang=en"));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-checklist-en");
		page.context().close();

		for (String language : new String[] { "es", "en" }) {
			Page visitor = browser.newPage(language);
			visitor.navigate(url("/contact"));
			Locator footer = visitor.locator("footer");
			assertThat(footer).containsText(language.equals("es") ? "código postal 110311" : "postal code 110311");
			assertThat(footer.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("notificaciones@prueba.gov.co")))
				.hasAttribute("href", "mailto:notificaciones@prueba.gov.co");
			Browser.assertAccessible(visitor);
			footer.screenshot(new Locator.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "footer-filled-" + language + ".png")));
			visitor.context().close();
		}
	}

	private Page signedInAdmin() {
		String email = "jefa+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		String secret = EnrolledStaff.admin(this.context, email, PASSWORD);
		Page page = browser.newPage("es");
		page.navigate(url("/login"));
		page.getByLabel("Correo electrónico institucional").fill(email);
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		page.getByLabel("Código de verificación").fill(Totp.code(secret, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
