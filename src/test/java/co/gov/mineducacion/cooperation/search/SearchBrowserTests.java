package co.gov.mineducacion.cooperation.search;

import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor searches the portal in a real Chromium, without JavaScript needed: results
 * counted, highlighted and linked, the message for an empty search beside the field, and
 * both pages accessible (axe-core, WCAG 2.1 A/AA) in both languages.
 */
@BrowserTest
class SearchBrowserTests {

	PortalBrowser browser;

	@ParameterizedTest
	@CsvSource({ "es, Palabras que busca, Buscar, bilinguismo, para «bilinguismo», bilingüismo",
			"en, Words to search for, Search, BILINGUALISM, for “BILINGUALISM”, Bilingualism" })
	void aVisitorSearchesAndFollowsAResult(String language, String label, String button, String query, String heading,
			String marked) {
		Page page = this.browser.newPage(language);
		page.navigate(this.browser.url("/search"));
		Locator main = page.locator("main");
		main.getByLabel(label).fill(query);
		main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();

		assertThat(page).hasURL(Pattern.compile("/search\\?q=" + query));
		assertThat(main.locator("h2#search-results-heading")).containsText(heading);
		Locator project = main.locator("a[href='/strategic-projects/SUP-PER-03']");
		assertThat(project.locator("mark").first()).hasText(Pattern.compile(marked, Pattern.CASE_INSENSITIVE));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "search-results-" + language);

		String title = project.innerText();
		project.click();
		assertThat(page.locator("h1")).hasText(title);
		page.context().close();
	}

	@ParameterizedTest
	@CsvSource({ "es, Buscar, Escriba al menos una palabra para buscar.",
			"en, Search, Write at least one word to search for." })
	void anEmptySearchIsAnsweredBesideTheField(String language, String button, String message) {
		Page page = this.browser.newPage(language);
		page.navigate(this.browser.url("/search"));
		Locator main = page.locator("main");
		main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();

		assertThat(main.locator("#q-error")).hasText(message);
		assertThat(main.locator("#q")).hasAttribute("aria-invalid", "true");
		assertThat(main.locator("#q")).hasAttribute("aria-describedby", Pattern.compile("q-error"));
		Browser.assertAccessible(page);
		Browser.screenshot(page, "search-empty-" + language);
		page.context().close();
	}

}
