package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the admin area that opens without naming a record, taken from the
 * application's own request mappings, is WCAG 2.1 A/AA clean for a signed-in ADMIN, in
 * Spanish and English; the pages that show one record are checked by their journeys.
 */
@BrowserTest
class AdminPagesAccessibilityBrowserTests {

	PortalBrowser browser;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyAdminPageIsAccessibleInBothLanguages() {
		Set<String> pages = adminPages();
		assertThat(pages).contains("/admin", "/admin/offers", "/admin/audit", "/admin/account/security");
		Page page = this.browser.signedInAdmin();

		for (String language : List.of("es", "en")) {
			for (String path : pages) {
				Response response = page.navigate(this.browser.url(path + "?lang=" + language));
				assertThat(response.status()).as(path).isEqualTo(200);
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.content()).as(path + " has every message").doesNotContain("??");
				Browser.assertAccessible(page);
			}
		}
		page.context().close();
	}

	private Set<String> adminPages() {
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				info.getPatternValues()
					.stream()
					.filter((path) -> path.startsWith("/admin") && !path.contains("{") && !path.endsWith(".csv")
							&& !path.endsWith("/recovery-codes"))
					.forEach(pages::add);
			}
		}
		return pages;
	}

}
