package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The offer form and the status look-up are rendered for each visitor, since they carry
 * the visitor's CSRF token: revalidated by that visitor's browser alone
 * ({@code private}). The status page of an offer is personal and stays {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class OfferPublicPages {

	@Bean
	PublicPages publicOfferPages() {
		return PublicPages.renderedEachTime("/offers/new", "/offers/status");
	}

}
