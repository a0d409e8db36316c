package co.gov.mineducacion.cooperation.offer;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cooperator in a real Chromium: opens a project, follows its call to action, fills the
 * offer form from the keyboard, fixes an error, reviews, sends, reads the filing number,
 * finds the email and opens its status link. Every step is checked with axe-core.
 */
@BrowserTest
class OfferJourneyBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	PortalBrowser browser;

	@Test
	void aCooperatorOffersCooperationForAProjectAndFollowsIt() {
		String email = OfferFixtures.uniqueEmail();
		Page page = this.browser.newPage("es-CO");
		page.navigate(this.browser.url("/strategic-projects/SUP-PER-03"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ofrecer cooperación para este proyecto"))
			.click();
		assertThat(page.locator("h1")).hasText("Ofrecer cooperación");
		assertThat(page.getByLabel("Fomento del bilingüismo en la educación superior")).isChecked();
		Browser.assertAccessible(page);

		type(page.getByLabel("Nombre de la organización"), "Fundación Horizonte Educativo");
		choose(page.getByLabel("Tipo de organización"), "NGO");
		type(page.getByLabel("NIT o identificación tributaria"), "899999001-3");
		type(page.getByLabel("Nombre completo"), "Ana María Restrepo");
		type(page.getByLabel("Correo electrónico"), email);
		type(page.getByLabel("Título de la oferta"), "Laboratorios de bilingüismo para docentes rurales");
		type(page.getByLabel("Descripción"), "Formación en inglés para 200 docentes rurales.");
		tick(page.getByLabel("A05 · Programas de formación para estudiantes"));
		tick(page.getByLabel("Antioquia"));
		tick(page.getByLabel("Autorizo al Ministerio"));
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la oferta")));

		assertThat(page.locator("#error-summary")).containsText("El NIT no es válido");
		assertThat(page.getByLabel("Nombre de la organización")).hasValue("Fundación Horizonte Educativo");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "offer-form-error-es");
		page.locator("#error-summary a").first().press("Enter");
		assertThat(page.getByLabel("NIT o identificación tributaria")).isFocused();
		page.keyboard().press("ControlOrMeta+A");
		page.keyboard().type("899999001-7");
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisar la oferta")));

		assertThat(page.locator("h1")).hasText("Revise su oferta antes de enviarla");
		assertThat(page.locator(".review-list")).containsText("Laboratorios de bilingüismo para docentes rurales");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "offer-review-es");
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar la oferta")));

		assertThat(page.locator("h1")).hasText("Recibimos su oferta de cooperación");
		String code = page.locator(".tracking-code").textContent().strip();
		assertThat(code).matches("CO-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "offer-submitted-es");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
				.anyMatch((m) -> GreenMailUtil.getBody(m).contains(code)));
		String body = java.util.Arrays.stream(smtp.getReceivedMessages())
			.map(GreenMailUtil::getBody)
			.map((raw) -> raw.replace("=\r\n", "").replace("=3D", "="))
			.filter((b) -> b.contains(code))
			.findFirst()
			.orElseThrow();
		Matcher link = Pattern.compile("http://localhost:8080(/offers/status/[A-Za-z0-9_.-]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();

		// The email links to the configured public address; this test's portal listens on
		// a random port.
		page.navigate(this.browser.url(link.group(1)));
		assertThat(page.locator(".tracking-code")).hasText(code);
		assertThat(page.locator(".status-badge")).hasText("Recibida");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "offer-status-es");
		page.context().close();
	}

	@Test
	void theStatusLookUpPageIsAccessibleInBothLanguages() {
		for (String language : new String[] { "es", "en" }) {
			Page page = this.browser.newPage(language);
			page.navigate(this.browser.url("/offers/status"));
			Browser.assertAccessible(page);
			Browser.screenshot(page, "offer-status-lookup-" + language);
			page.context().close();
		}
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

	private static void choose(Locator select, String value) {
		select.focus();
		select.selectOption(value);
	}

	private static void press(Locator button) {
		button.focus();
		button.page().keyboard().press("Enter");
	}

}
