package co.gov.mineducacion.cooperation.notification;

import java.util.UUID;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.Totp;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An ADMIN finds the undelivered emails from the workspace navigation and sends one
 * again, in a real Chromium, with axe-core on each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class UndeliveredEmailsBrowserTests {

	private static final String PASSWORD = "clave-de-prueba-larga-2026";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void anAdminSendsAnUndeliveredEmailAgain() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String adminEmail = "jefa+" + suffix + "@mineducacion.gov.co";
		String secret = EnrolledStaff.admin(this.context, adminEmail, PASSWORD);
		String subject = "Recibimos su oferta " + suffix;
		this.jdbc.update("""
				INSERT INTO outbox_message (recipient, subject, body_text, body_html, status, attempts,
				  next_attempt_at, last_error, created_at)
				VALUES (?, ?, 'Texto', '<p>Texto</p>', 'FAILED', 10, now(), 'Connection refused', now())""",
				"oferente+" + suffix + "@example.org", subject);

		Page admin = browser.newPage("es");
		admin.navigate("http://localhost:" + this.port + "/login");
		admin.getByLabel("Correo electrónico institucional").fill(adminEmail);
		admin.getByLabel("Contraseña").fill(PASSWORD);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		admin.getByLabel("Código de verificación").fill(Totp.code(secret, 1));
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
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
