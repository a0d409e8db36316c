package co.gov.mineducacion.cooperation.site;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.ListedPages;
import co.gov.mineducacion.cooperation.shared.web.ListedPages.ListedPage;

import org.springframework.stereotype.Component;

/**
 * The public site as the site map and the search engines' {@code sitemap.xml} show it:
 * every page of the {@link SiteNavigation}, section by section, with the pages features
 * publish one per record ({@link ListedPages}: the strategic projects, the activities)
 * under the navigation page they belong to.
 */
@Component
class SiteMap {

	private final SiteNavigation navigation;

	private final List<ListedPages> listings;

	SiteMap(SiteNavigation navigation, List<ListedPages> listings) {
		this.navigation = navigation;
		this.listings = listings;
	}

	/**
	 * Every section, in the reader's language.
	 */
	List<Section> sections(Locale locale) {
		return this.navigation.sections()
			.stream()
			.map((section) -> new Section(section,
					section.pages().stream().map((page) -> new Entry(page, children(page, locale))).toList()))
			.toList();
	}

	private List<ListedPage> children(SitePage page, Locale locale) {
		return this.listings.stream()
			.filter((listing) -> listing.under().equals(page.path()))
			.flatMap((listing) -> listing.pages(locale).stream())
			.toList();
	}

	/**
	 * A section and its pages.
	 */
	record Section(SiteSection section, List<Entry> entries) {
	}

	/**
	 * A page of the navigation and the pages listed under it.
	 */
	record Entry(SitePage page, List<ListedPage> children) {
	}

}
