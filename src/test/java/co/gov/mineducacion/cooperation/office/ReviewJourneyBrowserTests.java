package co.gov.mineducacion.cooperation.office;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.Totp;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review of an offer from arrival to decision, in a real Chromium, on both sides:
 * staff in the workspace and the submitter on the status page. Every admin page is
 * checked with axe-core.
 */
@BrowserTest
class ReviewJourneyBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final String PASSWORD = "clave-de-prueba-larga-2026";

	PortalBrowser browser;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffReviewsAnOfferFromArrivalToDecision() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String staffEmail = "revisora+" + suffix + "@mineducacion.gov.co";
		String submitterEmail = "oferente+" + suffix + "@example.org";
		String secret = EnrolledStaff.staff(this.context, staffEmail, PASSWORD);
		String code = this.browser.fileOfferInSpanish("Fundación Robótica Social", "Camilo Pérez", submitterEmail,
				"Clubes de robótica " + suffix, "Clubes de robótica para estudiantes de secundaria.");

		Page staff = this.browser.newPage("es");
		staff.navigate(this.browser.url("/admin"));
		assertThat(staff).hasURL(Pattern.compile(".*/login$"));
		Browser.assertAccessible(staff);
		staff.getByLabel("Correo electrónico institucional").fill(staffEmail);
		staff.getByLabel("Contraseña").fill(PASSWORD);
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		// Her authenticator app is enrolled: the password alone does not open the
		// workspace.
		assertThat(staff).hasURL(Pattern.compile(".*/login/code$"));
		Browser.assertAccessible(staff);
		enterCode(staff, Totp.code(secret, 1));
		assertThat(staff.locator("h1")).hasText("Panel de la Oficina");
		Browser.assertAccessible(staff);
		Browser.screenshot(staff, "admin-dashboard-es");

		staff.getByRole(AriaRole.NAVIGATION).getByText("Ofertas").click();
		staff.getByLabel("Buscar en organización, título y descripción").fill("robotica " + suffix);
		staff.getByLabel("Estado").selectOption("RECEIVED");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
		assertThat(staff.locator(".result-count")).hasText("1 oferta");
		Browser.assertAccessible(staff);
		Browser.screenshot(staff, "admin-queue-es");
		staff.getByText(code).click();
		Browser.assertAccessible(staff);

		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Asignármela")).click();
		assertThat(staff.locator(".success")).hasText("La oferta quedó asignada a usted.");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Empezar la revisión")).click();
		staff.locator("#request-information > summary").click();
		staff.getByLabel("Qué información necesita").fill("¿En qué colegios se harán los clubes?");
		staff.locator("#reply-request-information")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Pedir más información"))
			.click();
		assertThat(staff.locator(".status-badge")).hasText("Se solicitó más información");
		Browser.screenshot(staff, "admin-offer-es");

		Page submitter = this.browser.newPage("es");
		submitter.navigate(this.browser
			.url(Emails.statusPath(smtp::getReceivedMessages, submitterEmail, "Se solicitó más información")));
		assertThat(submitter.locator(".timeline")).containsText("¿En qué colegios se harán los clubes?");
		// One month to answer; the submitter asks once for one more (Ley 1755, art. 17).
		String firstDue = submitter.locator("#information-due").textContent();
		Browser.assertAccessible(submitter);
		submitter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pedir un mes más")).click();
		assertThat(submitter.locator("body")).containsText("Le dimos un mes más para responder.");
		assertThat(submitter.locator("#information-due")).containsText("plazo ampliado a su solicitud");
		assertThat(submitter.locator("#information-due")).not().hasText(firstDue);
		assertThat(submitter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pedir un mes más")))
			.hasCount(0);
		Browser.assertAccessible(submitter);
		submitter.getByLabel("Su respuesta").fill("En 12 colegios públicos de Cali.");
		submitter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar la respuesta")).click();
		assertThat(submitter.locator(".status-badge")).hasText("En revisión");
		Browser.assertAccessible(submitter);

		// The staff member picks the acceptance template, adds a sentence of their own
		// and
		// accepts: the submitter receives exactly that text.
		staff.reload();
		assertThat(staff.locator(".timeline")).containsText("En 12 colegios públicos de Cali.");
		staff.locator("#accept > summary").click();
		staff.locator("#accept").getByLabel("Plantilla de respuesta").selectOption("Aceptación de la oferta");
		assertThat(staff.getByLabel("Mensaje de aceptación"))
			.hasValue(Pattern.compile("^Nos complace informarle.*", Pattern.DOTALL));
		assertThat(staff.locator("#subject-accept")).hasValue("Su oferta de cooperación fue aceptada");
		Browser.assertAccessible(staff);
		Browser.screenshot(staff, "admin-offer-template-es");
		String edited = staff.getByLabel("Mensaje de aceptación").inputValue()
				+ "\n\nLa primera reunión será el 3 de febrero en Cali.";
		staff.getByLabel("Mensaje de aceptación").fill(edited);
		staff.locator("#reply-accept")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aceptar la oferta"))
			.click();
		assertThat(staff.locator(".status-badge")).hasText("Aceptada");
		Browser.assertAccessible(staff);

		submitter.reload();
		assertThat(submitter.locator(".status-badge")).hasText("Aceptada");
		assertThat(submitter.locator(".timeline")).containsText("La primera reunión será el 3 de febrero en Cali.");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> bodies(submitterEmail)
				.anyMatch((b) -> b.contains("Nos complace informarle") && b.contains("el 3 de febrero en Cali.")));
		staff.context().close();
		submitter.context().close();
	}

	@Test
	void adminWritesAnAnswerTemplateInBothLanguages() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String adminEmail = "jefa+" + suffix + "@mineducacion.gov.co";
		String secret = EnrolledStaff.admin(this.context, adminEmail, PASSWORD);
		Page admin = this.browser.newPage("es");
		signIn(admin, adminEmail);
		enterCode(admin, Totp.code(secret, 1));
		admin.getByRole(AriaRole.NAVIGATION).getByText("Plantillas de respuesta").click();
		assertThat(admin.locator("h1")).hasText("Plantillas de respuesta");
		Browser.assertAccessible(admin);
		Browser.screenshot(admin, "admin-answer-templates-es");

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva plantilla")).click();
		admin.getByLabel("Nombre de la plantilla").fill("Aceptación con visita " + suffix);
		admin.getByLabel("Decisión para la que sirve").selectOption("ACCEPT");
		admin.getByLabel("Asunto en español").fill("Su oferta fue aceptada: programemos una visita");
		admin.getByLabel("Mensaje en español").fill("Nos complace aceptar su oferta. Le propondremos una visita.");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar la plantilla")).click();
		assertThat(admin.locator(".error-summary")).containsText("Escriba el asunto en inglés.");
		Browser.assertAccessible(admin);
		Browser.screenshot(admin, "admin-answer-template-errors-es");

		admin.getByLabel("Asunto en inglés").fill("Your offer was accepted: let us plan a visit");
		admin.getByLabel("Mensaje en inglés").fill("We are pleased to accept your offer. We will propose a visit.");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar la plantilla")).click();
		assertThat(admin.locator(".success")).hasText("La plantilla quedó creada.");
		assertThat(admin.locator("table")).containsText("Aceptación con visita " + suffix);
		admin.context().close();
	}

	private static void enterCode(Page page, String code) {
		page.getByLabel("Código de verificación").fill(code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
	}

	private void signIn(Page page, String email) {
		page.navigate(this.browser.url("/login"));
		page.getByLabel("Correo electrónico institucional").fill(email);
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
	}

	private static java.util.stream.Stream<String> bodies(String email) {
		return Emails.textsTo(smtp.getReceivedMessages(), email).stream();
	}

}
