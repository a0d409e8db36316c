package co.gov.mineducacion.cooperation.publication;

import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real Chromium, in both languages: the four policy pages and the footer are WCAG
 * 2.1 A/AA clean (axe-core) and the footer links every policy; an ADMIN fills in a
 * setting, sees the checklist count it and the footer publish it, and the admin pages are
 * clean too, errors shown.
 */
@BrowserTest
class PublicationBrowserTests {

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

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
			Page page = this.browser.newPage(language);
			page.navigate(this.browser.url(path));
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
		Page page = this.browser.signedInAdmin();
		page.navigate(this.browser.url("/admin/publication"));
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
		page.navigate(this.browser.url("/admin/publication"));
		assertThat(page.locator("#checklist-count")).not().hasText(before);

		page.navigate(this.browser.url("/admin/publication/texts/accessibility?lang=en"));
		assertThat(page.locator("main h1")).hasText("Accessibility statement");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-text-form-en");
		page.navigate(this.browser.url("/admin/publication?lang=en"));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "publication-checklist-en");
		page.context().close();

		for (String language : new String[] { "es", "en" }) {
			Page visitor = this.browser.newPage(language);
			visitor.navigate(this.browser.url("/contact"));
			Locator footer = visitor.locator("footer");
			assertThat(footer).containsText(language.equals("es") ? "código postal 110311" : "postal code 110311");
			assertThat(footer.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("notificaciones@prueba.gov.co")))
				.hasAttribute("href", "mailto:notificaciones@prueba.gov.co");
			Browser.assertAccessible(visitor);
			Browser.screenshot(footer, "footer-filled-" + language);
			visitor.context().close();
		}
	}

}
