package co.gov.mineducacion.cooperation.site;

import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.certificate.CertificateFixtures;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor in a real Chromium: every public page in both languages is accessible
 * (axe-core, WCAG 2.1 A/AA), the language switch works, and the catalogue filters work
 * without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PublicPagesBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

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

	@ParameterizedTest
	@CsvSource({ "home, /", "strategic-projects, /strategic-projects", "project, /strategic-projects/PBM-COB-01",
			"project-unknown-objective, /strategic-projects/SUP-PER-03", "how-to-cooperate, /how-to-cooperate",
			"who-may-cooperate, /who-may-cooperate", "contact, /contact", "privacy, /privacy", "sign-in, /login",
			"offer, /offers/new", "statistics, /statistics", "not-found, /no-such-page" })
	void everyPublicPageIsAccessibleInBothLanguages(String name, String path) {
		for (String language : new String[] { "es", "en" }) {
			Page page = browser.newPage(language);
			page.navigate(url(path));
			assertThat(page.locator("html")).hasAttribute("lang", language);
			assertThat(page.locator("main h1")).isVisible();
			Browser.assertAccessible(page);
			Browser.screenshot(page, name + "-" + language);
			page.context().close();
		}
	}

	@Test
	void theCertificateVerificationPagesAreAccessibleInBothLanguages() {
		String valid = CertificateFixtures.certificate(this.context, "Fundación Puentes", false);
		String revoked = CertificateFixtures.certificate(this.context, "Fundación Orillas", true);
		for (String language : new String[] { "es", "en" }) {
			for (String code : new String[] { valid, revoked, valid.substring(1) + "0" }) {
				Page page = browser.newPage(language);
				page.navigate(url("/certificates/" + code));
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.locator("#certificate-status")).isVisible();
				Browser.assertAccessible(page);
				page.context().close();
			}
		}
	}

	@Test
	void aVisitorSwitchesLanguageAndThePortalRemembersIt() {
		Page page = browser.newPage("es-CO");
		page.navigate(url("/how-to-cooperate"));
		assertThat(page.locator("h1")).hasText("¿Cómo cooperar?");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("How to cooperate?");
		page.getByRole(AriaRole.NAVIGATION).getByText("Contact").click();
		assertThat(page.locator("h1")).hasText("Contact");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.context().close();
	}

	@Test
	void aVisitorFiltersTheCatalogueWithoutJavaScript() {
		Page page = browser.newPage("es");
		page.navigate(url("/strategic-projects"));
		assertThat(page.locator(".result-count")).hasText("28 proyectos");
		page.getByLabel("Nivel").selectOption("HIGHER_EDUCATION");
		page.getByLabel("Eje de política").selectOption("PERTINENCE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
		assertThat(page).hasURL(Pattern.compile("level=HIGHER_EDUCATION&axis=PERTINENCE"));
		assertThat(page.locator(".result-count")).hasText("4 proyectos");
		page.getByLabel("Buscar", new Page.GetByLabelOptions().setExact(true)).fill("bilingüismo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrar")).click();
		assertThat(page.locator(".result-count")).hasText("1 proyecto");
		Browser.screenshot(page, "strategic-projects-filtered-es");
		page.getByText("Fomento del bilingüismo en la educación superior").click();
		assertThat(page.locator("h1")).hasText("Fomento del bilingüismo en la educación superior");
		page.context().close();
	}

	@Test
	void theCatalogueReadsWellOnAPhone() {
		Page page = browser.newPage("es", 375, 740);
		page.navigate(url("/strategic-projects"));
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "strategic-projects-phone-es");
		page.context().close();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
