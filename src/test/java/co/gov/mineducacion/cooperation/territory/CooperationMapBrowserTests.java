package co.gov.mineducacion.cooperation.territory;

import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A citizen in a real Chromium finds cooperation on the map: clicks a department, lands
 * on its activities, opens one. The activity, map and open-data pages are accessible in
 * both languages (axe-core, WCAG 2.1 A/AA) and fit a phone.
 */
@BrowserTest
class CooperationMapBrowserTests {

	PortalBrowser browser;

	@Test
	void aCitizenClicksADepartmentOnTheMapAndLandsOnItsActivities() {
		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/"));
		page.getByRole(AriaRole.NAVIGATION).getByText("Mapa de la cooperación").click();
		assertThat(page.locator("h1")).hasText("La cooperación en el territorio");
		Browser.screenshot(page, "territory-es");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Atlántico: "))).click();
		assertThat(page).hasURL(Pattern.compile("/activities\\?department=08$"));
		assertThat(page.getByLabel("Departamento")).hasValue("08");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Juntos Aprendemos")).click();
		assertThat(page.locator("h1")).hasText("Juntos Aprendemos");
		assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("142.000"))).isVisible();
		Browser.assertAccessible(page);
		page.context().close();
	}

	@Test
	void aKeyboardUserReachesADepartmentFromTheMap() {
		Page page = this.browser.newPage("en");
		page.navigate(this.browser.url("/territory"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Magdalena: "))).focus();
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/activities\\?department=47$"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Together we Learn"))).isVisible();
		page.context().close();
	}

	/**
	 * The filtered lists and the whole map; the activities, an activity, the map and the
	 * open data as first reached are checked with every public page
	 * ({@code PublicPagesBrowserTests}).
	 */
	@ParameterizedTest
	@CsvSource({ "activities-filtered, /activities?status=FINISHED&department=47",
			"activities-municipality, /activities?municipality=54001",
			"activities-unknown-municipality, /activities?municipality=99999", "territory-all, /territory?show=ALL" })
	void filteredActivitiesAndTheWholeMapAreAccessibleInBothLanguages(String name, String path) {
		for (String language : new String[] { "es", "en" }) {
			Page page = this.browser.newPage(language);
			page.navigate(this.browser.url(path));
			assertThat(page.locator("html")).hasAttribute("lang", language);
			assertThat(page.locator("main h1")).isVisible();
			Browser.assertAccessible(page);
			Browser.screenshot(page, name + "-" + language);
			page.context().close();
		}
	}

	@Test
	void theMapAndTheActivityFitAPhone() {
		for (String path : new String[] { "/territory", "/activities/together-we-learn", "/open-data" }) {
			Page page = this.browser.newPage("es", 375, 740);
			page.navigate(this.browser.url(path));
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(overflow).as(path).isEqualTo(false);
			Browser.assertAccessible(page);
			Browser.screenshot(page, "phone" + path.replace('/', '-'));
			page.context().close();
		}
	}

}
