package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published activities are rendered for each request (staff record progress without
 * an event the page cache hears) and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class ActivityPublicPages {

	@Bean
	PublicPages publicActivityPages() {
		return PublicPages.renderedEachTime("/activities", "/activities/*");
	}

}
