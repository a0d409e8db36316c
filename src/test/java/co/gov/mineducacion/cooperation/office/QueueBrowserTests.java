package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.PortalBrowser.Member;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The queue in a real Chromium: filters that land in the URL, sorting from the table's
 * header, a bulk assignment, and axe-core checks with filters applied, on a desktop and
 * on a phone (where the table scrolls inside its own region).
 */
@BrowserTest
class QueueBrowserTests {

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffFilterSortAndAssignOffersFromTheQueue() {
		String suffix = OfferRows.randomLetters(6);
		String word = "zq" + suffix;
		OfferRows rows = new OfferRows(this.jdbc);
		Member staff = this.browser.newStaffWithoutApp("cola", "Revisora " + suffix);
		String becas = rows.offer((o) -> o.title("Becas " + word).projects("SUP-PER-03").departments("05"));
		String aulas = rows.offer((o) -> o.title("Aulas " + word).projects("SUP-PER-03").departments("05"));
		rows.offer((o) -> o.title("Otra " + word).status("ACCEPTED"));

		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/admin/offers"));
		PortalBrowser.signIn(page, staff);

		page.getByLabel("Buscar en organización, título y descripción").fill(word);
		page.getByLabel("Estado", new Page.GetByLabelOptions().setExact(true)).selectOption("RECEIVED");
		page.getByLabel("Proyecto estratégico").selectOption("SUP-PER-03");
		page.getByLabel("Departamento").selectOption("05");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
		assertThat(page.locator(".result-count")).hasText("2 ofertas");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*project=SUP-PER-03.*"));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "admin-queue-filtered-es");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Título").setExact(true)).click();
		assertThat(page.locator("th[aria-sort=ascending]")).hasText("Título");
		assertThat(page.locator("tbody tr").first()).containsText(aulas);

		page.getByLabel("Seleccionar la oferta " + becas).check();
		page.getByLabel("Acción", new Page.GetByLabelOptions().setExact(true)).selectOption("ASSIGN");
		page.getByLabel("Asignar a")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Revisora " + suffix));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aplicar a las seleccionadas")).click();
		assertThat(page.locator(".success")).hasText("Se asignó 1 oferta.");
		assertThat(
				page.locator("tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(becas)))
			.containsText("Revisora " + suffix);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*sort=title.*"));
		Browser.assertAccessible(page);

		Page phone = this.browser.newPage("es", 390, 844);
		phone.context().addCookies(page.context().cookies());
		phone.navigate(page.url());
		Browser.assertAccessible(phone);
		Browser.screenshot(phone, "admin-queue-phone-es");
		page.context().close();
		phone.context().close();
	}

}
