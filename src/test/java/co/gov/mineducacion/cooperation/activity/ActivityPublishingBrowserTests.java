package co.gov.mineducacion.cooperation.activity;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.test.AcceptedOfferFixtures;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.PortalBrowser.Member;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A staff member publishes an accepted offer as an activity and records its progress, in
 * a real Chromium, with axe-core on every page of the way.
 */
@BrowserTest
class ActivityPublishingBrowserTests {

	PortalBrowser browser;

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferReviewService review;

	@Test
	void staffPublishAnAcceptedOfferAsAnActivityAndRecordItsProgress() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Member publisher = this.browser.newStaffWithoutApp("publicadora", "Publicadora");
		String title = "Clubes de ciencia en Inírida " + suffix;
		String code = AcceptedOfferFixtures.file(this.mvc, Map.of("title", title, "departments", "94"));
		AcceptedOfferFixtures.accept(this.review, code);

		Page staff = this.browser.newPage("es");
		staff.navigate(this.browser.url("/admin/offers/" + code));
		PortalBrowser.signIn(staff, publisher);
		staff.navigate(this.browser.url("/admin/offers/" + code));
		Browser.assertAccessible(staff);
		staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publicar como actividad")).click();

		assertThat(staff.locator("h1")).hasText("Nueva actividad");
		assertThat(staff.getByLabel("Título en español")).hasValue(title);
		assertThat(staff.getByLabel("Organizaciones ejecutoras")).hasValue("Fundación Horizonte Educativo");
		Browser.assertAccessible(staff);
		Browser.screenshot(staff, "admin-activity-from-offer-es");
		staff.getByLabel("Título en inglés").fill("Science clubs in Inírida " + suffix);
		staff.getByLabel("Descripción en inglés").fill("Science clubs for secondary students in Inírida.");
		staff.getByLabel("Fin", new Page.GetByLabelOptions().setExact(true)).fill("2027-11");
		staff.getByLabel("Nombre del contacto").fill("Oficina de Cooperación Internacional");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicar la actividad")).click();

		assertThat(staff.locator(".success")).hasText("La actividad quedó publicada. Agregue sus metas.");
		Browser.assertAccessible(staff);
		staff.getByLabel("Indicador en español").fill("Estudiantes en clubes de ciencia");
		staff.getByLabel("Indicador en inglés").fill("Students in science clubs");
		staff.getByLabel("Meta (número)").fill("1200");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agregar la meta")).click();
		staff.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Meta (obligatorio)"))
			.selectOption(
					new com.microsoft.playwright.options.SelectOption().setLabel("Estudiantes en clubes de ciencia"));
		staff.getByLabel("Valor alcanzado").fill("300");
		staff.getByLabel("Fecha de la medición").fill("2026-06-30");
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrar el avance")).click();
		assertThat(staff.locator(".success")).hasText("El avance quedó registrado.");
		Browser.assertAccessible(staff);
		Browser.screenshot(staff, "admin-activity-progress-es");

		staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Página pública")).click();
		assertThat(staff.locator("h1")).hasText(title);
		assertThat(staff.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(Pattern.compile("^300 al "))))
			.isVisible();
		staff.navigate(this.browser.url("/admin/offers/" + code));
		assertThat(staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		staff.getByRole(AriaRole.NAVIGATION).getByText("Actividades").click();
		assertThat(staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)))
			.isVisible();
		Browser.assertAccessible(staff);
		staff.context().close();
	}

}
