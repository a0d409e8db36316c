package co.gov.mineducacion.cooperation.site;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page is made of the catalogue's sectors and the main contact channel: kept for
 * visitors without a session until an ADMIN changes them.
 */
@Configuration(proxyBeanMethods = false)
class SitePublicPages {

	@Bean
	PublicPages sitePages() {
		return PublicPages.cached("/");
	}

}
