package co.gov.mineducacion.cooperation.site;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.certificate.CertificateFixtures;
import co.gov.mineducacion.cooperation.need.NeedFixtures;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor in a real Chromium: every public page in both languages is accessible
 * (axe-core, WCAG 2.1 A/AA), the language switch works, and the catalogue filters work
 * without JavaScript.
 */
@BrowserTest
class PublicPagesBrowserTests {

	PortalBrowser browser;

	/**
	 * Screenshot name and path of every public page but the policy pages, which
	 * {@code PublicationBrowserTests} checks with their footer;
	 * {@link SiteFrameBrowserTests} checks that no page of the navigation is missing.
	 */
	static final Map<String, String> PAGES = pages("home", "/", "strategic-projects", "/strategic-projects", "project",
			"/strategic-projects/PBM-COB-01", "project-unknown-objective", "/strategic-projects/SUP-PER-03",
			"how-to-cooperate", "/how-to-cooperate", "who-may-cooperate", "/who-may-cooperate", "contact", "/contact",
			"privacy", "/privacy", "sign-in", "/login", "offer", "/offers/new", "not-found", "/no-such-page",
			"offer-status", "/offers/status", "activities", "/activities", "activity", "/activities/together-we-learn",
			"territory", "/territory", "open-data", "/open-data", "search", "/search", "site-map", "/site-map",
			"statistics", "/statistics", "needs", "/needs");

	@Autowired
	ApplicationContext context;

	static final Set<String> POLICY_PAGES = Set.of("/terms", "/personal-data-policy", "/copyright", "/accessibility");

	static Collection<String> checkedPaths() {
		return PAGES.values();
	}

	static Stream<Arguments> everyPublicPage() {
		return PAGES.entrySet().stream().map((page) -> Arguments.of(page.getKey(), page.getValue()));
	}

	/**
	 * Also the README's screenshots: home-es, project-en, territory-es, activity-en.
	 */
	@ParameterizedTest
	@MethodSource("everyPublicPage")
	void everyPublicPageIsAccessibleInBothLanguages(String name, String path) {
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
	void theCertificateVerificationPagesAreAccessibleInBothLanguages() {
		String valid = CertificateFixtures.certificate(this.context, "Fundación Puentes", false);
		String revoked = CertificateFixtures.certificate(this.context, "Fundación Orillas", true);
		for (String language : new String[] { "es", "en" }) {
			for (String code : new String[] { valid, revoked, valid.substring(1) + "0" }) {
				Page page = this.browser.newPage(language);
				page.navigate(this.browser.url("/certificates/" + code));
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.locator("#certificate-status")).isVisible();
				Browser.assertAccessible(page);
				page.context().close();
			}
		}
	}

	@Test
	void theNeedsPagesAreAccessibleInBothLanguagesAndOnAPhone() {
		String slug = NeedFixtures.publish(this.context, "Tutores de lectura para el Chocó");
		for (String language : new String[] { "es", "en" }) {
			for (String path : new String[] { "/needs", "/needs/" + slug }) {
				Page page = this.browser.newPage(language);
				page.navigate(this.browser.url(path));
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.locator("main h1")).isVisible();
				assertThat(page.locator("main progress").first()).isVisible();
				Browser.assertAccessible(page);
				page.context().close();
			}
		}
		Page phone = this.browser.newPage("es", 375, 740);
		phone.navigate(this.browser.url("/needs/" + slug));
		Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ofrecer cooperación para esta necesidad"))
			.click();
		assertThat(phone.locator("input[name=need]")).hasValue(slug);
		assertThat(phone.locator("input[name=actionTypes][value=A05]")).isChecked();
		Browser.screenshot(phone, "need-offer-phone-es");
		phone.context().close();
	}

	@Test
	void aVisitorSwitchesLanguageAndThePortalRemembersIt() {
		Page page = this.browser.newPage("es-CO");
		page.navigate(this.browser.url("/how-to-cooperate"));
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
		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/strategic-projects"));
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
		Page page = this.browser.newPage("es", 375, 740);
		page.navigate(this.browser.url("/strategic-projects"));
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
		Browser.assertAccessible(page);
		Browser.screenshot(page, "strategic-projects-phone-es");
		page.context().close();
	}

	private static Map<String, String> pages(String... namesAndPaths) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (int i = 0; i < namesAndPaths.length; i += 2) {
			pages.put(namesAndPaths[i], namesAndPaths[i + 1]);
		}
		return pages;
	}

}
