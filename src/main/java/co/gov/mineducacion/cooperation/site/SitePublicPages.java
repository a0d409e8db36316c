package co.gov.mineducacion.cooperation.site;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page is made of the catalogue's sectors and the main contact channel: kept for
 * visitors without a session until an ADMIN changes them, and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class SitePublicPages {

	@Bean
	PublicPages sitePages() {
		return PublicPages.revalidated("/");
	}

	/**
	 * The privacy notice (a text of the code, with the office's identity in the footer)
	 * and the site map (the navigation with the strategic projects, activities and needs
	 * under it): kept until an ADMIN or the office changes what they list, and
	 * revalidated by browsers.
	 */
	@Bean
	PublicPages publicSiteTextPages() {
		return PublicPages.revalidated("/privacy", "/site-map");
	}

}
