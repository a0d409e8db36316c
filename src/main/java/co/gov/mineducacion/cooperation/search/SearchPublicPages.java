package co.gov.mineducacion.cooperation.search;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search page and its results: kept for visitors without a session, one entry per
 * query (up to the page cache's longest query), until what the search reads changes (the
 * catalogue, an activity, a policy), and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class SearchPublicPages {

	@Bean
	PublicPages publicSearchPages() {
		return PublicPages.revalidated("/search");
	}

}
