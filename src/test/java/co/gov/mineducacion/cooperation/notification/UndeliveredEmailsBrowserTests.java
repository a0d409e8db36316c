package co.gov.mineducacion.cooperation.notification;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An ADMIN finds the undelivered emails from the workspace navigation and sends one
 * again, in a real Chromium, with axe-core on each page.
 */
@BrowserTest
class UndeliveredEmailsBrowserTests {

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminSendsAnUndeliveredEmailAgain() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String subject = "Recibimos su oferta " + suffix;
		this.jdbc.update("""
				INSERT INTO outbox_message (recipient, subject, body_text, body_html, status, attempts,
				  next_attempt_at, last_error, created_at)
				VALUES (?, ?, 'Texto', '<p>Texto</p>', 'FAILED', 10, now(), 'Connection refused', now())""",
				"oferente+" + suffix + "@example.org", subject);

		Page admin = this.browser.signedInAdmin();
		admin.getByRole(AriaRole.NAVIGATION).getByText("Correos no entregados").click();

		assertThat(admin.locator("h1")).hasText("Correos no entregados");
		assertThat(admin.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(subject)))
			.containsText("of***@example.org");
		Browser.assertAccessible(admin);
		Browser.screenshot(admin, "admin-undelivered-emails-es");

		admin
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Volver a enviar el correo a of***@example.org: " + subject))
			.click();
		assertThat(admin.locator(".success")).hasText("El correo volvió a la cola y se enviará en unos segundos.");
		assertThat(admin.getByText(subject)).hasCount(0);
		Browser.assertAccessible(admin);
		admin.context().close();
	}

}
