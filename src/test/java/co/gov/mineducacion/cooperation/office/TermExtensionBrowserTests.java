package co.gov.mineducacion.cooperation.office;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.Totp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff extend an offer's answer term in a real Chromium (Ley 1755 de 2015, art. 14,
 * parágrafo) and the submitter sees the new date on the status page; both pages are
 * checked with axe-core, the refused date beside its field too.
 */
@BrowserTest
class TermExtensionBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final String PASSWORD = "clave-de-prueba-larga-2026";

	PortalBrowser browser;

	@Autowired
	ApplicationContext context;

	@Test
	void staffExtendTheTermAndTheSubmitterSeesTheNewDate() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String staffEmail = "plazos+" + suffix + "@mineducacion.gov.co";
		String submitterEmail = "oferente+" + suffix + "@example.org";
		String secret = EnrolledStaff.staff(this.context, staffEmail, PASSWORD);
		String code = this.browser.fileOfferInSpanish("Fundación Lectora", "Lucía Torres", submitterEmail,
				"Tutorías de lectura " + suffix, "Tutorías de lectura para estudiantes de primaria.");
		BusinessCalendar calendar = new BusinessCalendar();
		LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
		LocalDate due = calendar.plusBusinessDays(today, 15);
		LocalDate extended = calendar.plusBusinessDays(today, 20);

		Page staff = this.browser.newPage("es");
		staff.navigate(this.browser.url("/login"));
		staff.getByLabel("Correo electrónico institucional").fill(staffEmail);
		staff.getByLabel("Contraseña").fill(PASSWORD);
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		staff.getByLabel("Código de verificación").fill(Totp.code(secret, 1));
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		staff.navigate(this.browser.url("/admin/offers/" + code));
		Locator form = staff.locator("section[aria-labelledby=extension-title]");
		assertThat(form).containsText(due.toString());
		Browser.assertAccessible(staff);

		form.getByLabel("Nueva fecha de respuesta").fill(calendar.plusBusinessDays(today, 31).toString());
		form.getByLabel("Motivo de la demora").fill("Esperamos el concepto del área de calidad.");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avisar la ampliación al oferente"))
			.click();
		assertThat(staff.locator("#until-error")).containsText("pasa del doble del término legal");
		Browser.assertAccessible(staff);

		staff.locator("section[aria-labelledby=extension-title]")
			.getByLabel("Nueva fecha de respuesta")
			.fill(extended.toString());
		staff.locator("section[aria-labelledby=extension-title]")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avisar la ampliación al oferente"))
			.click();
		assertThat(staff.locator(".success")).hasText("Se amplió el plazo y se avisó al oferente.");
		assertThat(staff.locator(".facts")).containsText("vence " + extended);
		Browser.assertAccessible(staff);

		Page submitter = this.browser.newPage("es");
		submitter.navigate(this.browser
			.url(Emails.statusPath(smtp::getReceivedMessages, submitterEmail, "Le responderemos a más tardar")));
		assertThat(submitter.locator("#answer-due"))
			.containsText(extended.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(submitter.locator("#answer-due")).containsText("plazo ampliado por la Oficina");
		assertThat(submitter.locator(".timeline")).containsText("Esperamos el concepto del área de calidad.");
		Browser.assertAccessible(submitter);
		staff.context().close();
		submitter.context().close();
	}

}
