package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open-data and statistics pages are rendered for each request and revalidated by
 * browsers; the files set their own {@code Cache-Control}.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataPublicPages {

	@Bean
	PublicPages publicOpenDataPages() {
		return PublicPages.renderedEachTime("/open-data", "/statistics");
	}

}
