package co.gov.mineducacion.cooperation.publication;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy pages are rendered for each request and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class PolicyPublicPages {

	@Bean
	PublicPages publicPolicyPages() {
		return PublicPages.renderedEachTime("/terms", "/personal-data-policy", "/copyright", "/accessibility");
	}

}
