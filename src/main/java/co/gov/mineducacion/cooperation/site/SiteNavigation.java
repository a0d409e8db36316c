package co.gov.mineducacion.cooperation.site;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The public site's one navigation model: every public page, grouped as the menus group
 * them. The header's menu, the footer's links, the site map ({@code /site-map}), the
 * search engines' {@code sitemap.xml} and the site search's fixed pages are all drawn
 * from this list, so a public page added here appears everywhere at once, and a test
 * fails for a public route missing from it.
 */
@Component
public class SiteNavigation {

	private static final List<SiteSection> SECTIONS = List.of(
			new SiteSection("cooperate", List.of(menu("/", "home"), menu("/strategic-projects", "projects"),
					menu("/how-to-cooperate", "how"), page("/who-may-cooperate", "who"), menu("/needs", "needs"),
					menu("/offers/new", "offer"), page("/offers/status", "offerStatus"))),
			new SiteSection("results",
					List.of(menu("/activities", "activities"), menu("/territory", "territory"),
							page("/statistics", "statistics"), menu("/open-data", "openData"))),
			new SiteSection("office",
					List.of(menu("/contact", "contact"), page("/search", "search"), page("/site-map", "siteMap"))),
			new SiteSection("policies",
					List.of(page("/terms", "terms"), page("/privacy", "privacy"),
							page("/personal-data-policy", "personalDataPolicy"), page("/copyright", "copyright"),
							page("/accessibility", "accessibility"))));

	private static SitePage menu(String path, String name) {
		return new SitePage(path, name, true);
	}

	private static SitePage page(String path, String name) {
		return new SitePage(path, name, false);
	}

	/**
	 * Every section, in the order the site map shows them.
	 */
	public List<SiteSection> sections() {
		return SECTIONS;
	}

	/**
	 * Every public page, section after section.
	 */
	public List<SitePage> pages() {
		return SECTIONS.stream().flatMap((section) -> section.pages().stream()).toList();
	}

	/**
	 * The pages of the header's menu, in order.
	 */
	public List<SitePage> menu() {
		return pages().stream().filter(SitePage::inMenu).toList();
	}

	/**
	 * The page a path belongs to: the page with that exact path, else the page whose path
	 * leads to it ({@code /strategic-projects} for
	 * {@code /strategic-projects/PBM-COB-01}).
	 */
	public Optional<SitePage> sectionOf(String path) {
		return page(path).or(() -> pages().stream()
			.filter((page) -> !"/".equals(page.path()) && path.startsWith(page.path() + "/"))
			.findFirst());
	}

	/**
	 * The page with that exact path, if the navigation knows it.
	 */
	public Optional<SitePage> page(String path) {
		return pages().stream().filter((page) -> page.path().equals(path)).findFirst();
	}

}
