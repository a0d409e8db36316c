package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contact page is made of the published channels alone: kept for visitors without a
 * session until an ADMIN changes them, and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class ContactPublicPages {

	@Bean
	PublicPages contactPages() {
		return PublicPages.revalidated("/contact");
	}

}
