package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The offer form and the status look-up are the same for every visitor but for the
 * visitor's tokens (CSRF, and the form's own against a double click): the portal keeps
 * them with those left open and gives each visitor new ones, and the visitor's browser
 * alone revalidates them ({@code private}). The status page of an offer is personal and
 * stays {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class OfferPublicPages {

	@Bean
	PublicPages publicOfferPages() {
		return PublicPages.revalidated("/offers/new", "/offers/status");
	}

}
