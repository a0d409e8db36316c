package co.gov.mineducacion.cooperation.staff;

import java.util.UUID;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.Totp;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN's first sign-in in a real Chromium: the password leads only to enrolling an
 * authenticator app (the code is computed from the key the page prints), the recovery
 * codes are shown once, and the next sign-in asks for a code. The enrolment and code
 * pages are checked with axe-core.
 */
@BrowserTest
class TwoStepSignInBrowserTests {

	private static final String PASSWORD = "clave-de-prueba-larga-2026";

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anAdminEnrolsAnAppAndSignsInWithACode() {
		String email = "jefa+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("INSERT INTO staff_account (email, display_name, password_hash, role, created_at) "
				+ "VALUES (?, 'Jefa', ?, 'ADMIN', now())", email, this.passwords.encode(PASSWORD));

		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/admin"));
		signInWithPassword(page, email);
		assertThat(page).hasURL(Pattern.compile(".*/admin/account/security$"));
		assertThat(page.locator("h1")).hasText("Seguridad de mi cuenta");
		assertThat(page.locator(".notice")).containsText("deben usar la verificación en dos pasos");
		Browser.assertAccessible(page);
		page.navigate(this.browser.url("/admin/offers"));
		assertThat(page).hasURL(Pattern.compile(".*/admin/account/security$"));

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Configurar la aplicación de autenticación"))
			.click();
		assertThat(page.locator("img.qr-code")).isVisible();
		assertThat((Integer) page.locator("img.qr-code").evaluate("image => image.naturalWidth")).isPositive();
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-totp-setup-es");
		String secret = page.locator(".totp-secret").textContent();
		page.getByLabel("Código de la aplicación").fill("000000".equals(Totp.code(secret)) ? "111111" : "000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar la verificación en dos pasos"))
			.click();
		assertThat(page.locator(".error-message")).containsText("El código no es correcto");
		Browser.assertAccessible(page);
		page.getByLabel("Código de la aplicación").fill(Totp.code(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activar la verificación en dos pasos"))
			.click();

		assertThat(page.locator("h1")).hasText("Sus códigos de recuperación");
		assertThat(page.locator(".recovery-codes li")).hasCount(10);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-recovery-codes-es");
		page.getByText("Continuar al espacio de trabajo").click();
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
		page.navigate(this.browser.url("/admin/offers"));
		signInWithPassword(page, email);
		assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
		assertThat(page.locator("h1")).hasText("Código de verificación");
		Browser.assertAccessible(page);
		Browser.screenshot(page, "staff-sign-in-code-es");
		page.getByLabel("Código de verificación").fill(Totp.code(secret, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/offers(\\?.*)?$"));
		page.navigate(this.browser.url("/admin/account/security"));
		assertThat(page.locator(".lead")).containsText("está activa desde");
		Browser.assertAccessible(page);
		page.context().close();
	}

	private void signInWithPassword(Page page, String email) {
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		page.getByLabel("Correo electrónico institucional").fill(email);
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
	}

}
