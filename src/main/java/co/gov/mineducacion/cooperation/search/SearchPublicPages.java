package co.gov.mineducacion.cooperation.search;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search results are rendered for each request and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class SearchPublicPages {

	@Bean
	PublicPages publicSearchPages() {
		return PublicPages.renderedEachTime("/search");
	}

}
