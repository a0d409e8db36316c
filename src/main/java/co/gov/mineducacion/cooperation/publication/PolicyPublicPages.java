package co.gov.mineducacion.cooperation.publication;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy pages: kept for visitors without a session until an ADMIN rewords a policy
 * ({@link LegalTexts} announces it) or changes the office's identity, and revalidated by
 * browsers.
 */
@Configuration(proxyBeanMethods = false)
class PolicyPublicPages {

	@Bean
	PublicPages publicPolicyPages() {
		return PublicPages.revalidated("/terms", "/personal-data-policy", "/copyright", "/accessibility");
	}

}
