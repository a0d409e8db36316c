package co.gov.mineducacion.cooperation.office;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff forward an offer to the competent entity in a real Chromium (Ley 1755 de 2015,
 * art. 21); the entity gets the offer by email (without files: the box is left unticked),
 * and the submitter's status page shows it forwarded and to whom. The offer page (with a
 * field error too) and the status page are checked with axe-core.
 */
@BrowserTest
class ForwardingBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	PortalBrowser browser;

	@Test
	void staffForwardAnOfferAndTheSubmitterSeesItForwarded() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String submitterEmail = "oferente+" + suffix + "@example.org";
		String entityEmail = "correspondencia+" + suffix + "@minsalud.gov.co";
		PortalBrowser.Member member = this.browser.newStaff("remision");
		String code = this.browser.fileOfferInSpanish("Fundación Salud Escolar", "Marta Gómez", submitterEmail,
				"Brigadas de salud " + suffix, "Brigadas de salud oral en colegios rurales.");
		LocalDate due = new BusinessCalendar().plusBusinessDays(LocalDate.now(ZoneId.of("America/Bogota")), 5);

		Page staff = this.browser.newPage("es");
		staff.navigate(this.browser.url("/login"));
		PortalBrowser.signIn(staff, member);
		staff.navigate(this.browser.url("/admin/offers/" + code));
		assertThat(staff.locator("#forwarding-due")).hasText("Remitir por competencia a más tardar el " + due);

		Locator form = staff.locator("section[aria-labelledby=forwarding-title]");
		form.getByLabel("Entidad competente").fill("Ministerio de Salud y Protección Social");
		form.getByLabel("Correo electrónico de la entidad").fill("correspondencia@localhost");
		form.getByLabel("Mensaje al oferente")
			.fill("Su oferta es de salud pública: la atiende el Ministerio de Salud.");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remitir la oferta")).click();
		assertThat(staff.locator("#entityEmail-error")).containsText("dominio público");
		Browser.assertAccessible(staff);

		form = staff.locator("section[aria-labelledby=forwarding-title]");
		form.getByLabel("Correo electrónico de la entidad").fill(entityEmail);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remitir la oferta")).click();
		assertThat(staff.locator(".success"))
			.hasText("Se remitió la oferta a la entidad competente y se avisó al oferente.");
		assertThat(staff.locator("#forwarded-to")).containsText("Ministerio de Salud y Protección Social");
		Browser.assertAccessible(staff);

		var toEntity = OfficeFixtures.awaitEmail(smtp, entityEmail, 1);
		assertThat(fileNames(toEntity.getContent())).isEmpty();
		assertThat(OfficeFixtures.text(toEntity)).contains("Brigadas de salud oral en colegios rurales.");

		Page submitter = this.browser.newPage("es");
		submitter.navigate(this.browser.url(Emails.statusPath(smtp::getReceivedMessages, submitterEmail,
				"la entidad competente, que le responderá")));
		assertThat(submitter.locator(".status-badge")).hasText("Remitida");
		assertThat(submitter.locator("#forwarded-to")).containsText("Ministerio de Salud y Protección Social");
		assertThat(submitter.locator(".timeline")).containsText("la atiende el Ministerio de Salud.");
		Browser.assertAccessible(submitter);
		staff.context().close();
		submitter.context().close();
	}

	/**
	 * The names of the files a message carries, at any depth.
	 */
	private static java.util.List<String> fileNames(Object content) throws Exception {
		java.util.List<String> names = new java.util.ArrayList<>();
		if (content instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				jakarta.mail.BodyPart part = multipart.getBodyPart(i);
				if (part.getFileName() != null) {
					names.add(part.getFileName());
				}
				names.addAll(fileNames(part.getContent()));
			}
		}
		return names;
	}

}
