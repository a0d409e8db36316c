package co.gov.mineducacion.cooperation.shared.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may use every route of the application. The routes come from the application's own
 * request mappings: a new route without a rule here fails {@link #everyRouteHasARule()},
 * so no page reaches users without someone deciding who may see it.
 */
@PortalTest
public class AccessMatrixTests {

	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Office staff: STAFF or ADMIN. */
		STAFF,
		/** ADMIN only. */
		ADMIN

	}

	static final String ERROR_PAGE = "ANY /error";

	static final Map<String, Access> RULES = new LinkedHashMap<>();

	static {
		rule(Access.PUBLIC, "GET /", "GET /contact", "GET /how-to-cooperate", "GET /who-may-cooperate", "GET /privacy",
				"GET /strategic-projects", "GET /strategic-projects/{code}", "GET /login", "GET /offers/new",
				"GET /offers", "POST /offers", "GET /offers/submitted", "GET /offers/status", "POST /offers/status",
				"GET /offers/status/{token}", "POST /offers/status/{token}/answer",
				"POST /offers/status/{token}/withdraw", "POST /offers/status/{token}/more-time",
				"GET /staff/set-password/{token}", "POST /staff/set-password/{token}", ERROR_PAGE, "GET /activities",
				"GET /activities/{slug}", "GET /territory", "GET /open-data", "GET /open-data/activities.csv",
				"GET /open-data/activities.json", "GET /open-data/departments.csv", "GET /open-data/municipalities.csv",
				"GET /open-data/iati-activities.xml", "GET /open-data/iati-organisations.xml",
				"GET /open-data/strategic-projects.csv", "GET /terms", "GET /personal-data-policy", "GET /copyright",
				"GET /accessibility", "GET /site-map", "GET /sitemap.xml", "GET /robots.txt", "GET /images/govco-logo",
				"GET /images/co-logo");
		rule(Access.PUBLIC, "GET /search");
		rule(Access.PUBLIC, "GET /needs", "GET /needs/{slug}", "GET /open-data/needs.csv", "GET /open-data/needs.json");
		rule(Access.STAFF, "GET /admin/needs", "GET /admin/needs/new", "POST /admin/needs/new",
				"GET /admin/needs/{slug}", "GET /admin/needs/{slug}/edit", "POST /admin/needs/{slug}/edit");
		rule(Access.PUBLIC, "GET /statistics", "GET /statistics/{table}.csv", "GET /certificates/{code}");
		// Offers received by phone, in person, by email or by post, filed by staff.
		rule(Access.STAFF, "GET /admin/offers/new", "POST /admin/offers/new", "GET /admin/offers/{code}/filed",
				"GET /admin/offers/{code}/receipt");
		rule(Access.STAFF, "GET /admin/certificates", "POST /admin/certificates", "GET /admin/certificates/{code}.pdf",
				"POST /admin/certificates/funders", "POST /admin/certificates/{code}/revoke");
		rule(Access.STAFF, "GET /admin", "GET /admin/offers", "GET /admin/offers/{code}",
				"GET /admin/offers/{code}/documents/{id}", "POST /admin/offers/{code}/notes",
				"POST /admin/offers/{code}/{move}", "POST /admin/offers/{code}/term-extension",
				"POST /admin/offers/{code}/forward", "POST /admin/offers/{code}/assign-to-me",
				"POST /admin/offers/{code}/assign", "POST /admin/offers/{code}/unassign",
				"GET /admin/offers/export.csv", "POST /admin/offers/bulk", "POST /admin/offers/{code}/projects",
				"GET /login/code", "POST /login/code", "GET /admin/account/security",
				"POST /admin/account/security/setup", "POST /admin/account/security/confirm",
				"GET /admin/account/security/recovery-codes", "POST /admin/account/security/recovery-codes",
				"POST /admin/account/security/turn-off", "GET /admin/account/password", "POST /admin/account/password",
				"GET /admin/activities", "GET /admin/activities/new", "POST /admin/activities/new",
				"GET /admin/activities/{slug}", "GET /admin/activities/{slug}/edit",
				"POST /admin/activities/{slug}/edit", "POST /admin/activities/{slug}/milestones",
				"POST /admin/activities/{slug}/progress", "POST /admin/activities/{slug}/targets");
		rule(Access.STAFF, "GET /admin/account/notifications", "POST /admin/account/notifications");
		rule(Access.ADMIN, "GET /admin/data-requests", "GET /admin/data-requests/new", "POST /admin/data-requests/new",
				"GET /admin/data-requests/{id}", "POST /admin/data-requests/{id}/answer", "GET /admin/settings",
				"GET /admin/settings/iati-budget", "POST /admin/settings/iati-budget", "POST /admin/settings");
		rule(Access.ADMIN, "GET /admin/catalog", "GET /admin/catalog/action-types",
				"GET /admin/catalog/action-types/{code}", "POST /admin/catalog/action-types/{code}",
				"GET /admin/catalog/projects", "GET /admin/catalog/projects/new", "POST /admin/catalog/projects/new",
				"GET /admin/catalog/projects/{code}", "POST /admin/catalog/projects/{code}",
				"POST /admin/catalog/projects/{code}/retire", "POST /admin/catalog/projects/{code}/restore",
				"GET /admin/contact-channels", "GET /admin/contact-channels/new", "POST /admin/contact-channels/new",
				"GET /admin/contact-channels/{code}", "POST /admin/contact-channels/{code}",
				"POST /admin/contact-channels/{code}/retire", "POST /admin/contact-channels/{code}/restore");
		rule(Access.ADMIN, "GET /admin/answer-templates", "GET /admin/answer-templates/new",
				"POST /admin/answer-templates/new", "GET /admin/answer-templates/{id}",
				"POST /admin/answer-templates/{id}", "POST /admin/answer-templates/{id}/retire",
				"POST /admin/answer-templates/{id}/restore");
		rule(Access.ADMIN, "GET /admin/audit", "GET /admin/staff", "GET /admin/staff/new", "POST /admin/staff/new",
				"POST /admin/staff/{id}/deactivate", "POST /admin/staff/{id}/reactivate",
				"POST /admin/staff/{id}/reset-password", "GET /admin/outbox", "POST /admin/outbox/{messageId}/retry");
		rule(Access.ADMIN, "GET /admin/staff/directory", "POST /admin/staff/directory");
		rule(Access.ADMIN, "GET /admin/publication", "GET /admin/publication/identity",
				"POST /admin/publication/identity", "GET /admin/publication/texts/{code}",
				"POST /admin/publication/texts/{code}");
	}

	/** Values for path variables: well-formed, but naming nothing that exists. */
	static final Map<String, String> SAMPLES = Map.of("code", "CO-2020-999999", "id",
			"00000000-0000-4000-8000-000000000000", "token", "no-es-un-token", "move", "start-review", "slug",
			"no-existe-esta-actividad", "messageId", "999999999", "table", "month");

	/**
	 * The paths of every public route a visitor may GET, as the rules name them (with
	 * their path variables): for tests that check every public page is reachable, such as
	 * the site map's.
	 */
	public static Set<String> publicGetRoutes() {
		Set<String> routes = new TreeSet<>();
		RULES.forEach((route, access) -> {
			if (access == Access.PUBLIC && route.startsWith("GET ")) {
				routes.add(route.substring("GET ".length()));
			}
		});
		return routes;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static void rule(Access access, String... routes) {
		for (String route : routes) {
			RULES.put(route, access);
		}
	}

	@Test
	void everyRouteHasARule() {
		assertThat(RULES.keySet()).as("routes of the application without an access rule, and rules for no route")
			.containsExactlyInAnyOrderElementsOf(routes());
	}

	@TestFactory
	Stream<DynamicTest> anonymousVisitorsAreSentToSignInForOfficePages() {
		return RULES.entrySet()
			.stream()
			.filter((rule) -> rule.getValue() != Access.PUBLIC)
			.map((rule) -> test(rule.getKey(), () -> {
				MockHttpServletResponse response = perform(rule.getKey(), null, true);
				assertThat(response.getStatus()).as("status").isEqualTo(302);
				assertThat(response.getRedirectedUrl()).endsWith("/login");
			}));
	}

	@TestFactory
	Stream<DynamicTest> everyoneMayUsePublicRoutes() {
		return RULES.entrySet()
			.stream()
			.filter((rule) -> rule.getValue() == Access.PUBLIC)
			.map((rule) -> test(rule.getKey(), () -> {
				if (rule.getKey().equals(ERROR_PAGE)) {
					// Asked for directly, the error page answers as an error page: never
					// a sign-in.
					assertThat(perform(rule.getKey(), null, true).getStatus()).isNotIn(302, 401, 403);
					return;
				}
				assertAllowed(perform(rule.getKey(), null, true));
				assertAllowed(perform(rule.getKey(), SignedIn.staff("analista@mineducacion.gov.co"), true));
			}));
	}

	@TestFactory
	Stream<DynamicTest> staffMayNotUseAdminRoutes() {
		return RULES.entrySet()
			.stream()
			.filter((rule) -> rule.getValue() != Access.PUBLIC)
			.map((rule) -> test(rule.getKey(), () -> {
				MockHttpServletResponse response = perform(rule.getKey(),
						SignedIn.staff("analista@mineducacion.gov.co"), true);
				if (rule.getValue() == Access.ADMIN) {
					assertThat(response.getStatus()).as("status").isEqualTo(403);
				}
				else {
					assertAllowed(response);
				}
			}));
	}

	@TestFactory
	Stream<DynamicTest> adminsMayUseEveryOfficeRoute() {
		return RULES.entrySet()
			.stream()
			.filter((rule) -> rule.getValue() != Access.PUBLIC)
			.map((rule) -> test(rule.getKey(),
					() -> assertAllowed(perform(rule.getKey(), SignedIn.admin("jefa@mineducacion.gov.co"), true))));
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutItsCsrfToken() {
		return RULES.keySet().stream().filter((route) -> route.startsWith("POST ")).map((route) -> test(route, () -> {
			assertThat(perform(route, null, false).getStatus()).as("anonymous").isEqualTo(403);
			assertThat(perform(route, SignedIn.admin("jefa@mineducacion.gov.co"), false).getStatus()).as("admin")
				.isEqualTo(403);
		}));
	}

	private static void assertAllowed(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as("status").isNotIn(401, 403).isLessThan(500);
		if (response.getRedirectedUrl() != null) {
			assertThat(response.getRedirectedUrl()).as("redirect").doesNotEndWith("/login");
		}
	}

	private MockHttpServletResponse perform(String route, RequestPostProcessor who, boolean withCsrf) throws Exception {
		String[] parts = route.split(" ", 2);
		HttpMethod method = "ANY".equals(parts[0]) ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
		MockHttpServletRequestBuilder request = request(method, concrete(parts[1]));
		if (who != null) {
			request.with(who);
		}
		if (withCsrf) {
			request.with(csrf());
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static String concrete(String pattern) {
		String path = pattern;
		for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
			path = path.replace("{" + sample.getKey() + "}", sample.getValue());
		}
		assertThat(path).as("a sample value for every path variable of " + pattern).doesNotContain("{");
		return path;
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("ANY " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

	private static DynamicTest test(String route, org.junit.jupiter.api.function.Executable check) {
		return DynamicTest.dynamicTest(route, check);
	}

}
