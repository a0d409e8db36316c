package co.gov.mineducacion.cooperation.need;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published needs are rendered for each request (staff change them at any time) and
 * revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class NeedPublicPages {

	@Bean
	PublicPages publicNeedPages() {
		return PublicPages.renderedEachTime("/needs", "/needs/*");
	}

}
