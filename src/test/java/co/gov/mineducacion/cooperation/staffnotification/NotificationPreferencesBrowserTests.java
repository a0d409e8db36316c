package co.gov.mineducacion.cooperation.staffnotification;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.PortalBrowser.Member;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member chooses their notices and email language on their account page, from the
 * sign-in security page, on a phone's width: the page, its error and its confirmation are
 * axe-clean.
 */
@BrowserTest
class NotificationPreferencesBrowserTests {

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void choosesADigestForNewOffersAndEnglishEmail() {
		Member member = this.browser.newStaffWithoutApp("avisos", "Avisos de Prueba");
		Page page = this.browser.newPage("es", 390, 844);
		page.navigate(this.browser.url("/admin/account/security"));
		PortalBrowser.signIn(page, member);
		page.navigate(this.browser.url("/admin/account/security"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Elegir qué avisos recibir y en qué idioma"))
			.click();
		Browser.assertAccessible(page);

		page.getByLabel("Idioma de sus correos").selectOption(new SelectOption().setValue(""));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
		assertThat(page.locator("#language-error")).hasText("Elija español o inglés.");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Nueva oferta recibida"))
			.getByLabel("No avisarme")
			.check();
		page.getByLabel("Idioma de sus correos").selectOption("en");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sus preferencias de avisos quedaron guardadas.");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Nueva oferta recibida"))
			.getByLabel("No avisarme")).isChecked();
		Browser.assertAccessible(page);
		assertThat(
				this.jdbc.queryForObject("SELECT language || ':' || language_chosen FROM staff_account WHERE email = ?",
						String.class, member.email()))
			.isEqualTo("en:true");
		page.context().close();
	}

}
