package co.gov.mineducacion.cooperation.site;

import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.need.NeedFixtures;
import co.gov.mineducacion.cooperation.shared.security.AccessMatrixTests;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site map, {@code sitemap.xml}, {@code robots.txt} and the header's menu are drawn
 * from the one navigation model, and the site map leaves no public page out.
 */
@PortalTest
class SiteMapTests {

	/**
	 * Public GET routes that are not pages to list, each for its reason.
	 */
	private static final Set<String> NOT_LISTED = Set.of(
			// answered by the error pages, never asked for
			"/error",
			// the office staff's sign-in: linked from the footer, not a page for the
			// public
			"/login",
			// private links sent by email, and the answer after a submission
			"/offers/status/{token}", "/staff/set-password/{token}", "/offers/submitted",
			// a certificate's verification page: its code is printed on the certificate
			"/certificates/{code}",
			// the offer form's review step posts here; a GET shows the form again
			"/offers",
			// files, not pages: the open-data files are linked from /open-data, the marks
			// are images, the last two are for search engines
			"/open-data/activities.csv", "/open-data/activities.json", "/open-data/departments.csv",
			"/open-data/municipalities.csv", "/open-data/iati-activities.xml", "/open-data/iati-organisations.xml",
			"/open-data/strategic-projects.csv", "/open-data/needs.csv", "/open-data/needs.json", "/images/govco-logo",
			"/images/co-logo", "/sitemap.xml", "/robots.txt",
			// the statistics tables as CSV files, linked from /statistics
			"/statistics/{table}.csv");

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteNavigation navigation;

	@Test
	void listsEveryPublicPageTheAccessMatrixKnows() throws Exception {
		String need = NeedFixtures.publish(this.mvc, NeedFixtures.tutorsInChoco("Tutores para el mapa del sitio"));
		Document map = page("/site-map", "es");
		Set<String> linked = new TreeSet<>();
		map.select("main a[href]").forEach((link) -> linked.add(link.attr("href")));
		Set<String> expected = new TreeSet<>();
		for (String route : AccessMatrixTests.publicGetRoutes()) {
			if (!NOT_LISTED.contains(route)) {
				expected.add(route.replace("{code}", "PBM-COB-01")
					.replace("/needs/{slug}", "/needs/" + need)
					.replace("{slug}", "together-we-learn"));
			}
		}
		assertThat(linked).as("public pages missing from the site map").containsAll(expected);
		assertThat(linked).as("every page of the navigation model")
			.containsAll(this.navigation.pages().stream().map(SitePage::path).toList());
	}

	@Test
	void groupsThePagesBySectionInTheVisitorsLanguage() throws Exception {
		Document es = page("/site-map", "es");
		Document en = page("/site-map", "en");
		assertThat(es.select("main h2").eachText()).containsExactly("Cooperar con el Ministerio",
				"Resultados de la cooperación", "La Oficina", "Políticas y avisos legales");
		assertThat(en.select("main h2").eachText()).containsExactly("Cooperate with the Ministry",
				"Results of cooperation", "The Office", "Policies and legal notices");
		Element projects = es.selectFirst("main a[href=/strategic-projects]").parent();
		assertThat(projects.select("ul a").eachText()).contains("Fomento del bilingüismo en la educación superior");
		Element activities = en.selectFirst("main a[href=/activities]").parent();
		assertThat(activities.select("ul a").eachText()).contains("Together we Learn");
	}

	@Test
	void drawsTheHeaderMenuFromTheNavigationModel() throws Exception {
		for (String language : new String[] { "es", "en" }) {
			Document home = page("/how-to-cooperate", language);
			assertThat(home.select("header nav a").eachAttr("href"))
				.containsExactlyElementsOf(this.navigation.menu().stream().map(SitePage::path).toList());
			assertThat(home.select("header nav a[aria-current=page]").eachAttr("href"))
				.containsExactly("/how-to-cooperate");
		}
		assertThat(
				page("/strategic-projects/PBM-COB-01", "es").select("header nav a[aria-current=page]").eachAttr("href"))
			.containsExactly("/strategic-projects");
	}

	@Test
	void describesEveryPageInItsLanguage() throws Exception {
		assertThat(description("/territory", "es")).startsWith("Mapa de Colombia por departamento");
		assertThat(description("/territory", "en")).startsWith("A map of Colombia by department");
		assertThat(description("/activities/together-we-learn", "es"))
			.startsWith("La actividad Juntos Aprendemos amplía el acceso");
		assertThat(description("/activities/together-we-learn", "en")).startsWith("The Together we Learn Activity")
			.hasSizeLessThanOrEqualTo(160);
		assertThat(description("/login", "en")).startsWith("Portal of the International Cooperation Office");
		assertThat(description("/privacy", "es")).startsWith("Aviso de privacidad");
	}

	@Test
	void givesSearchEnginesEveryPageInBothLanguages() throws Exception {
		String xml = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document sitemap = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
		Set<String> locations = new TreeSet<>(sitemap.select("url > loc").eachText());
		for (SitePage page : this.navigation.pages()) {
			if (!SearchEngineFiles.NOT_INDEXED.contains(page.path())) {
				assertThat(locations).contains("http://localhost:8080" + page.path() + "?lang=es",
						"http://localhost:8080" + page.path() + "?lang=en");
			}
		}
		assertThat(locations)
			.contains("http://localhost:8080/strategic-projects/PBM-COB-01?lang=en",
					"http://localhost:8080/activities/together-we-learn?lang=es")
			.noneMatch((location) -> location.contains("/admin") || location.contains("/search"));
		Element home = sitemap.select("url")
			.stream()
			.filter((url) -> url.selectFirst("loc").text().equals("http://localhost:8080/?lang=es"))
			.findFirst()
			.orElseThrow();
		assertThat(home.select("xhtml|link").eachAttr("hreflang")).containsExactly("es", "en");
		assertThat(home.select("xhtml|link").eachAttr("href")).containsExactly("http://localhost:8080/?lang=es",
				"http://localhost:8080/?lang=en");
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
	}

	@Test
	void pointsCrawlersToTheSitemapAndAwayFromPrivatePages() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots.lines()).contains("User-agent: *", "Disallow: /admin", "Disallow: /login",
				"Disallow: /offers/status/", "Sitemap: http://localhost:8080/sitemap.xml");
		assertThat(robots).doesNotContain("Disallow: /\n");
	}

	@Test
	void servesTheMarksOfTheColombianState() throws Exception {
		this.mvc.perform(get("/images/govco-logo"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GOV.CO")));
		this.mvc.perform(get("/images/co-logo")).andExpect(status().isOk());
	}

	private Document page(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private String description(String path, String language) throws Exception {
		return page(path, language).selectFirst("meta[name=description]").attr("content");
	}

}
