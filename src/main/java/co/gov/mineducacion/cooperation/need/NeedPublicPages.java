package co.gov.mineducacion.cooperation.need;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published needs, their filters and their progress: kept for visitors without a
 * session until the office publishes or revises a need (closing one included), changes an
 * activity, or an offer becomes accepted, and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class NeedPublicPages {

	@Bean
	PublicPages publicNeedPages() {
		return PublicPages.revalidated("/needs", "/needs/*");
	}

}
