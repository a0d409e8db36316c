package co.gov.mineducacion.cooperation.shared.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalBrowser;
import co.gov.mineducacion.cooperation.test.PortalBrowser.Member;
import co.gov.mineducacion.cooperation.test.BrowserTest;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static co.gov.mineducacion.cooperation.shared.security.Payloads.LONG;
import static co.gov.mineducacion.cooperation.shared.security.Payloads.SHORT;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, no payload runs: an ADMIN types script tags, event handlers, SVG
 * and expression-looking text into a project, an activity and a contact channel, a
 * submitter into an offer, and no dialog opens on any public or admin page that shows
 * them. And the portal's own Content-Security-Policy header, copied from a real answer,
 * makes Chromium refuse an inline script that did get into a page.
 */
@BrowserTest
class NoScriptRunsBrowserTests {

	private static final String INLINE_SCRIPT = "<!DOCTYPE html><html><head><title>probe</title></head><body>"
			+ "<script>alert('inline')</script><img src=x onerror=\"alert('handler')\"><p>probe</p></body></html>";

	PortalBrowser browser;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@AfterEach
	void retireWhatWasTyped() {
		this.jdbc.update("UPDATE strategic_project SET retired = TRUE WHERE code LIKE 'T-XSS-%'");
		this.jdbc.update("DELETE FROM contact_channel WHERE code LIKE 'T_XSS_%'");
		Caches.clearAll(this.caches);
	}

	@Test
	void noDialogOpensOnThePagesShowingWhatStaffAndSubmittersTyped() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String offer = fileOffer(suffix);
		Member member = this.browser.newAdmin("admin");
		Page admin = this.browser.newPage("es");
		List<String> dialogs = watchDialogs(admin);
		signIn(admin, member);

		String project = "T-XSS-" + suffix;
		admin.navigate(this.browser.url("/admin/catalog/projects/new"));
		type(admin, Map.of("#code", project, "#nameEs", SHORT, "#nameEn", SHORT, "#objectiveEs", LONG, "#objectiveEn",
				LONG));
		admin.locator("#level").selectOption("HIGHER_EDUCATION");
		admin.locator("#axis").selectOption("QUALITY");
		admin.locator("input[name=actionTypes][value=A05]").check();
		submit(admin, "#nameEs");

		admin.navigate(this.browser.url("/admin/activities/new"));
		type(admin,
				Map.of("#titleEs", SHORT + " " + suffix, "#titleEn", SHORT + " " + suffix, "#descriptionEs", LONG,
						"#descriptionEn", LONG, "#start", "2025-01", "#funders", SHORT, "#contactName", SHORT, "#links",
						"https://www.mineducacion.gov.co/informe.pdf " + SHORT));
		submit(admin, "#titleEs");
		assertThat(admin).hasURL(Pattern.compile(".*/admin/activities/[a-z0-9-]+$"));
		String activity = admin.url().substring(admin.url().lastIndexOf('/') + 1);

		admin.navigate(this.browser.url("/admin/contact-channels/new"));
		type(admin, Map.of("#code", "T_XSS_" + suffix, "#labelEs", SHORT, "#labelEn", SHORT, "#value", SHORT,
				"#position", "95"));
		admin.locator("#unit").selectOption("COOPERATION_OFFICE");
		admin.locator("#kind").selectOption("MAILING_ADDRESS");
		submit(admin, "#labelEs");

		for (String path : List.of("/admin", "/admin/catalog/projects", "/admin/catalog/projects/" + project,
				"/admin/activities", "/admin/activities/" + activity, "/admin/activities/" + activity + "/edit",
				"/admin/contact-channels", "/admin/offers", "/admin/offers/" + offer)) {
			admin.navigate(this.browser.url(path));
		}
		assertThat(admin.locator("main")).containsText("<script>alert(1)</script>");

		Page visitor = this.browser.newPage("es");
		dialogs.addAll(watchDialogs(visitor));
		List<String> seen = new ArrayList<>(dialogs);
		for (String path : List.of("/", "/strategic-projects", "/strategic-projects/" + project, "/activities",
				"/activities/" + activity, "/contact", "/offers/new", "/how-to-cooperate", "/territory")) {
			visitor.navigate(this.browser.url(path));
		}
		assertThat(visitor.locator("footer")).containsText("<svg onload=alert(2)>");
		visitor.navigate(this.browser.url("/activities/" + activity));
		assertThat(visitor.locator("h1")).hasText(SHORT + " " + suffix);
		assertThat(dialogs).isEqualTo(seen).isEmpty();
	}

	@Test
	void thePortalsContentSecurityPolicyStopsAnInlineScriptInChromium() {
		Page page = this.browser.newPage("es");
		Response real = page.navigate(this.browser.url("/"));
		String policy = real.headerValue("content-security-policy");
		assertThat(policy).contains("script-src 'self'");

		List<String> dialogs = watchDialogs(page);
		List<String> console = new ArrayList<>();
		page.onConsoleMessage((message) -> console.add(message.text()));
		page.addInitScript("window.__violations = [];"
				+ "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));");
		page.route(this.browser.url("/csp-probe"),
				(route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
					.setContentType("text/html; charset=utf-8")
					.setHeaders(Map.of("Content-Security-Policy", policy))
					.setBody(INLINE_SCRIPT)));
		page.navigate(this.browser.url("/csp-probe"));
		assertThat(page.locator("p")).hasText("probe");
		assertThat(dialogs).isEmpty();
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("window.__violations");
		assertThat(violations).anyMatch((directive) -> directive.startsWith("script-src"));
		assertThat(console).anyMatch((message) -> message.contains("Content Security Policy"));

		// The same page without the header runs its script: the probe would show it.
		page.route(this.browser.url("/no-csp-probe"),
				(route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
					.setContentType("text/html; charset=utf-8")
					.setBody(INLINE_SCRIPT)));
		page.navigate(this.browser.url("/no-csp-probe"));
		assertThat(page.locator("p")).hasText("probe");
		assertThat(dialogs).contains("inline");
	}

	private static List<String> watchDialogs(Page page) {
		List<String> dialogs = new ArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		return dialogs;
	}

	private void signIn(Page page, Member member) {
		page.navigate(this.browser.url("/login"));
		PortalBrowser.signIn(page, member);
		assertThat(page.locator("h1")).hasText("Panel de la Oficina");
	}

	private static void type(Page page, Map<String, String> fields) {
		fields.forEach((selector, text) -> page.locator(selector).fill(text));
	}

	private static void submit(Page page, String field) {
		page.locator("form:has(" + field + ") button[type=submit]").click();
		assertThat(page.locator(".field--error")).hasCount(0);
	}

	/**
	 * An offer whose organisation, title and description are payloads, filed over HTTP as
	 * a browser would; returns its filing number.
	 */
	private String fileOffer(String suffix) throws Exception {
		WebVisitor submitter = new WebVisitor(this.browser.url(""), "10.242.0." + (suffix.hashCode() & 127));
		WebVisitor.Page form = submitter.get("/offers/new");
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("_csrf", List.of(form.csrfToken().orElseThrow()));
		fields.put("formToken", List.of(form.formToken().orElseThrow()));
		fields.put("organizationName", List.of(SHORT + " organización"));
		fields.put("sector", List.of("NGO"));
		fields.put("country", List.of("ES"));
		fields.put("contactName", List.of(SHORT));
		fields.put("contactEmail", List.of("xss+" + suffix.toLowerCase() + "@example.org"));
		fields.put("preferredLanguage", List.of("es"));
		fields.put("title", List.of(SHORT + " " + suffix));
		fields.put("description", List.of(LONG));
		fields.put("actionTypes", List.of("A05"));
		fields.put("consent", List.of("true"));
		fields.put("step", List.of("confirm"));
		WebVisitor.Page filed = submitter.post("/offers", fields);
		assertThat(filed.status()).isEqualTo(303);
		return submitter.get(filed.location())
			.find(Pattern.compile("class=\"tracking-code\">(CO-\\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4})<"))
			.orElseThrow();
	}

}
