package co.gov.mineducacion.cooperation.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium driven by Playwright: the system's own Chromium (never a downloaded
 * one), launched once for every {@link BrowserTest} of the run ({@link PortalBrowser}
 * opens its pages), with helpers to check accessibility with axe-core and to keep
 * screenshots under {@code target/screenshots} when asked
 * ({@code -Dportal.screenshots=true}).
 */
public final class Browser implements AutoCloseable {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Full-page screenshots are for people looking at the pages, not for the checks: a
	 * fifth of the browser classes' time went into them, so the suite takes them only
	 * when asked.
	 */
	private static final boolean TAKE_SCREENSHOTS = Boolean.getBoolean("portal.screenshots");

	/**
	 * Axe still runs every rule on every element; only violations come back with all
	 * their nodes (passes and the rest with one each), which spares describing every
	 * passing element: about a seventh of the time of each check.
	 */
	private static final List<String> RESULTS_WITH_EVERY_NODE = List.of("violations");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser() {
		Path executable = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException("The browser tests need Chromium at " + executable
					+ ": install it (Debian: apt-get install chromium) or pass -Dportal.chromium=/path/to/chromium.");
		}
		this.playwright = Playwright.create();
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	/**
	 * A new Chromium: tests take the run's shared one from {@link BrowserExtension}.
	 */
	static Browser launch() {
		return new Browser();
	}

	/**
	 * A fresh page, as a first-time visitor whose browser prefers the given language, in
	 * a browser context of its own that the caller closes
	 * ({@code page.context().close()}).
	 */
	public Page newPage(String acceptLanguage) {
		return newPage(acceptLanguage, 1280, 900);
	}

	public Page newPage(String acceptLanguage, int width, int height) {
		return newPage(new NewContextOptions().setLocale(acceptLanguage).setViewportSize(width, height));
	}

	public Page newPage(NewContextOptions options) {
		return this.chromium.newContext(options).newPage();
	}

	/**
	 * Runs axe-core on the page and fails with the rules broken and where, if any WCAG
	 * 2.1 A/AA rule is violated. Axe runs in the page itself ("legacy mode"): the default
	 * mode also injects axe-core into a blank page of a new browser context to merge the
	 * results of each frame, which the portal's pages (no frames) do not need.
	 */
	public static void assertAccessible(Page page) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(RESULTS_WITH_EVERY_NODE);
		AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
		assertThat(results.getPasses()).as("axe-core checked " + page.url()).isNotEmpty();
		List<String> violations = results.getViolations().stream().map(Browser::describe).toList();
		assertThat(violations).as("WCAG 2.1 A/AA violations on " + page.url()).isEmpty();
	}

	public static void screenshot(Page page, String name) {
		if (TAKE_SCREENSHOTS) {
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		}
	}

	public static void screenshot(Locator element, String name) {
		if (TAKE_SCREENSHOTS) {
			element.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

}
