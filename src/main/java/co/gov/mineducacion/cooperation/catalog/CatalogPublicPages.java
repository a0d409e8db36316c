package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalogue's public pages are made of the catalogue alone: kept for visitors without
 * a session until an ADMIN changes it, and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class CatalogPublicPages {

	@Bean
	PublicPages catalogPages() {
		return PublicPages.revalidated("/strategic-projects", "/strategic-projects/*", "/how-to-cooperate",
				"/who-may-cooperate");
	}

}
