package co.gov.mineducacion.cooperation.territory;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The map is rendered for each request and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryPublicPages {

	@Bean
	PublicPages publicTerritoryPages() {
		return PublicPages.renderedEachTime("/territory");
	}

}
