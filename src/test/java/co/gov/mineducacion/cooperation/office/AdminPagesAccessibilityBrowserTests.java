package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import co.gov.mineducacion.cooperation.test.Totp;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class AdminPagesAccessibilityBrowserTests {

	private static final String PASSWORD = "una-clave-larga-para-revisar-2026";

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void everyAdminPageIsAccessibleInBothLanguages() {
		Set<String> pages = adminPages();
		assertThat(pages).contains("/admin", "/admin/offers", "/admin/audit", "/admin/account/security");
		String email = "jefa+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		String secret = EnrolledStaff.admin(this.context, email, PASSWORD);
		Page page = browser.newPage("es");
		page.navigate("http://localhost:" + this.port + "/login");
		page.getByLabel("Correo electrónico institucional").fill(email);
		page.getByLabel("Contraseña").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
		page.getByLabel("Código de verificación").fill(Totp.code(secret, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuar").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");

		for (String language : List.of("es", "en")) {
			for (String path : pages) {
				Response response = page.navigate("http://localhost:" + this.port + path + "?lang=" + language);
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
