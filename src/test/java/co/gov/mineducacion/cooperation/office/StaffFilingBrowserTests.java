package co.gov.mineducacion.cooperation.office;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A staff member files an offer someone made by phone, reads out its filing number and
 * prints the receipt in the person's language: every page axe-clean, the receipt in
 * Spanish and in English.
 */
@BrowserTest
class StaffFilingBrowserTests {

	PortalBrowser browser;

	@Test
	void staffFileAnOfferTakenByPhoneAndPrintItsReceiptInThePersonsLanguage() {
		Page page = this.browser.signedInAdmin();
		for (String language : new String[] { "es", "en" }) {
			page.navigate(this.browser.url("/admin/offers/new?lang=es"));
			assertThat(page.locator("h1")).hasText("Radicar una oferta a nombre de quien la hizo");
			press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Radicar la oferta")));
			assertThat(page.locator("#error-summary")).containsText("Elija cómo se recibió la oferta.");
			assertThat(page.locator("#channel-error")).isVisible();
			Browser.assertAccessible(page);

			page.getByLabel("Recibida por").selectOption("PHONE");
			page.getByLabel("Fecha y hora de recepción")
				.fill(LocalDateTime.now(Colombia.TIME_ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
			type(page.getByLabel("Nombre de la organización"), "Fundación Voz del Campo");
			page.getByLabel("Tipo de organización").selectOption("NGO");
			type(page.getByLabel("Nombre completo"), "Rosalba Quintero");
			type(page.getByLabel("Teléfono"), "+57 300 555 0101");
			page.getByLabel("Idioma de la persona").selectOption(language);
			type(page.getByLabel("Título de la oferta"), "Tutorías rurales por teléfono " + language);
			type(page.getByLabel("Descripción"), "Tutorías de matemáticas para 40 escuelas rurales.");
			tick(page.getByLabel("A05 · Programas de formación para estudiantes"));
			tick(page.getByLabel("La persona autorizó"));
			press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Radicar la oferta")));

			assertThat(page.locator("h1")).hasText("La oferta quedó radicada");
			assertThat(page.locator(".tracking-code--read-out")).hasText(java.util.regex.Pattern.compile("CO-\\d{4}-"));
			Browser.assertAccessible(page);
			Browser.screenshot(page, "staff-filing-filed-" + language);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comprobante para imprimir")).click();
			assertThat(page.locator("html")).hasAttribute("lang", language);
			assertThat(page.locator("h1"))
				.hasText(language.equals("es") ? "Comprobante de radicación de su oferta de cooperación"
						: "Filing receipt of your cooperation offer");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "staff-filing-receipt-" + language);
		}
		page.context().close();
	}

	private static void type(Locator field, String text) {
		field.focus();
		field.page().keyboard().type(text);
	}

	private static void tick(Locator checkbox) {
		checkbox.focus();
		checkbox.page().keyboard().press("Space");
		assertThat(checkbox).isChecked();
	}

	private static void press(Locator button) {
		button.focus();
		button.page().keyboard().press("Enter");
	}

}
