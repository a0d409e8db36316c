package co.gov.mineducacion.cooperation.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.security.AccessMatrixTests;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The frame of every page in a real Chromium: the GOV.CO top bar, the accessibility tools
 * (without JavaScript, remembered), the header on a desktop and on a phone, and every
 * public page accessible (axe-core, WCAG 2.1 A/AA) in both languages with the display
 * tools on, without horizontal scrolling at 320 px with the largest text. The same pages
 * in the normal display are checked by {@link PublicPagesBrowserTests}.
 */
@BrowserTest
class SiteFrameBrowserTests {

	/**
	 * Both display tools at once: high contrast changes the colours axe checks, the
	 * largest text the layout; each alone changes less than both together.
	 */
	private static final Map<String, String> TOOLS_ON = Map.of("portal-contrast", "on", "portal-text-size", "2");

	PortalBrowser browser;

	@Autowired
	SiteNavigation navigation;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/strategic-projects", "/login", "/no-such-page" })
	void everyPageCarriesTheGovcoBarLinkingToTheStatePortal(String path) {
		for (String[] language : new String[][] { { "es", "Portal del Estado Colombiano - GOV.CO" },
				{ "en", "Colombian State Portal - GOV.CO" } }) {
			Page page = this.browser.newPage(language[0]);
			page.navigate(this.browser.url(path));
			Locator bar = page.locator(".govco-bar");
			Locator link = bar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(language[1]));
			assertThat(link).hasAttribute("href", "https://www.gov.co/");
			assertThat(bar).hasCSS("background-color", "rgb(51, 102, 204)");
			org.assertj.core.api.Assertions.assertThat(bar.boundingBox().width)
				.isEqualTo(page.viewportSize().width, org.assertj.core.api.Assertions.within(1.0));
			org.assertj.core.api.Assertions.assertThat(bar.boundingBox().y).isZero();
			Object logoLoaded = page.evaluate("document.querySelector('.govco-bar__logo img').naturalWidth > 0");
			org.assertj.core.api.Assertions.assertThat(logoLoaded).as("the wordmark is served").isEqualTo(true);
			assertThat(bar.locator("a[hreflang]")).isVisible();
			page.context().close();
		}
	}

	@Test
	void aVisitorTurnsHighContrastOnAndOffWithoutJavaScript() {
		Page page = this.browser.newPage("es");
		page.navigate(this.browser.url("/how-to-cooperate"));
		Locator contrast = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contraste alto"));
		assertThat(contrast).hasAttribute("aria-pressed", "false");
		contrast.click();
		assertThat(page.locator("html")).hasClass(Pattern.compile("contrast-high"));
		assertThat(contrast).hasAttribute("aria-pressed", "true");
		org.assertj.core.api.Assertions.assertThat(page.context().cookies())
			.anySatisfy((cookie) -> org.assertj.core.api.Assertions.assertThat(cookie.name + "=" + cookie.value)
				.isEqualTo("portal-contrast=on"));
		page.getByRole(AriaRole.NAVIGATION).getByText("Contacto").click();
		assertThat(page.locator("h1")).hasText("Contacto");
		assertThat(page.locator("html")).hasClass(Pattern.compile("contrast-high"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contraste alto")).click();
		assertThat(page.locator("html")).not().hasClass(Pattern.compile("contrast-high"));
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contraste alto")))
			.hasAttribute("aria-pressed", "false");
		page.context().close();
	}

	@Test
	void aVisitorEnlargesAndReducesTheTextAndThePortalRemembersIt() {
		Page page = this.browser.newPage("en");
		page.navigate(this.browser.url("/"));
		Locator larger = page.locator(".govco-bar").getByText("Larger text");
		Locator smaller = page.locator(".govco-bar").getByText("Smaller text");
		assertThat(smaller.locator("xpath=..")).hasAttribute("aria-disabled", "true");
		double normal = fontSize(page);
		larger.click();
		larger.click();
		assertThat(page.locator("html")).hasClass("text-size-2");
		assertThat(larger.locator("xpath=..")).hasAttribute("aria-disabled", "true");
		org.assertj.core.api.Assertions.assertThat(fontSize(page)).isGreaterThan(normal * 1.3);
		page.navigate(this.browser.url("/strategic-projects"));
		assertThat(page.locator("html")).hasClass("text-size-2");
		smaller.click();
		assertThat(page.locator("html")).hasClass("text-size-1");
		smaller.click();
		assertThat(page.locator("html")).not().hasAttribute("class", Pattern.compile("text-size"));
		org.assertj.core.api.Assertions.assertThat(fontSize(page)).isEqualTo(normal);
		page.context().close();
	}

	@Test
	void theMenuFitsOneLineOnADesktopAndFoldsOnAPhone() {
		for (String language : new String[] { "es", "en" }) {
			Page desktop = this.browser.newPage(language, 1280, 900);
			desktop.navigate(this.browser.url("/"));
			Locator links = desktop.locator(".site-nav__list a");
			assertThat(links.first()).isVisible();
			List<Double> tops = new ArrayList<>();
			for (int i = 0; i < links.count(); i++) {
				tops.add(links.nth(i).boundingBox().y);
			}
			org.assertj.core.api.Assertions.assertThat(tops).as("one line").allMatch((y) -> y.equals(tops.get(0)));
			assertThat(desktop.locator(".site-menu__toggle")).isHidden();
			Browser.screenshot(desktop, "frame-desktop-" + language);
			desktop.context().close();

			Page phone = this.browser.newPage(language, 390, 844);
			phone.navigate(this.browser.url("/"));
			assertThat(phone.locator(".site-nav__list a").first()).isHidden();
			org.assertj.core.api.Assertions.assertThat(phone.locator("main h1").boundingBox().y)
				.as("content starts near the top")
				.isLessThan(380);
			Browser.screenshot(phone, "frame-phone-" + language);
			phone.locator(".site-menu__toggle").click();
			assertThat(phone.locator(".site-nav__list a").first()).isVisible();
			Browser.assertAccessible(phone);
			phone.context().close();
		}
	}

	@Test
	void everyPublicPageIsAccessibleWithTheDisplayToolsOn() {
		List<String> failures = new ArrayList<>();
		for (String language : new String[] { "es", "en" }) {
			// One browser context per language, its cookies reset before each page (a
			// first visit with the tools on); its cache spares reloading the styles.
			Page page = this.browser.newPage(language);
			for (String path : publicPages()) {
				visitWithTheToolsOn(page, path);
				try {
					Browser.assertAccessible(page);
				}
				catch (AssertionError ex) {
					failures.add("high-contrast-largest-text " + language + " " + ex.getMessage());
				}
			}
		}
		org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
	}

	/**
	 * The normal display's checks of these pages live in {@link PublicPagesBrowserTests}
	 * and, for the policy pages, in {@code PublicationBrowserTests}: none is left out.
	 */
	@Test
	void theNormalDisplayOfEveryPublicPageIsCheckedElsewhere() {
		org.assertj.core.api.Assertions.assertThat(PublicPagesBrowserTests.checkedPaths())
			.containsAll(publicPages().stream()
				.filter((path) -> !PublicPagesBrowserTests.POLICY_PAGES.contains(path))
				.toList());
	}

	@Test
	void nothingOverflowsAt320PixelsWithTheLargestText() {
		List<String> overflowing = new ArrayList<>();
		for (String language : new String[] { "es", "en" }) {
			Page page = this.browser.newPage(language, 320, 640);
			for (String path : publicPages()) {
				visitWithTheToolsOn(page, path);
				Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
				if (Boolean.TRUE.equals(overflow)) {
					overflowing.add(language + " " + path);
					Browser.screenshot(page, "overflow" + path.replace('/', '-') + "-" + language);
				}
			}
		}
		org.assertj.core.api.Assertions.assertThat(overflowing).as("pages wider than 320 px").isEmpty();
	}

	/**
	 * Every page of the navigation that the application serves, one project, one
	 * activity, the sign-in and the not-found page.
	 */
	private List<String> publicPages() {
		List<String> pages = new ArrayList<>();
		this.navigation.pages()
			.stream()
			.map(SitePage::path)
			.filter(AccessMatrixTests.publicGetRoutes()::contains)
			.forEach(pages::add);
		pages.addAll(
				List.of("/strategic-projects/PBM-COB-01", "/activities/together-we-learn", "/login", "/no-such-page"));
		return pages;
	}

	private void visitWithTheToolsOn(Page page, String path) {
		page.context().clearCookies();
		choose(page, TOOLS_ON);
		page.navigate(this.browser.url(path));
	}

	private void choose(Page page, Map<String, String> cookies) {
		page.context()
			.addCookies(cookies.entrySet()
				.stream()
				.map((cookie) -> new Cookie(cookie.getKey(), cookie.getValue()).setDomain("localhost").setPath("/"))
				.toList());
	}

	private static double fontSize(Page page) {
		return ((Number) page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)"))
			.doubleValue();
	}

}
