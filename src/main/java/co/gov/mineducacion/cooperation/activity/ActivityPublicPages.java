package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published activities, their filters and searches: kept for visitors without a
 * session until the office changes an activity or an offer becomes accepted (the
 * {@code ActivityEditor} and the offer announce it), for the day in Bogotá they were
 * rendered on (an activity's status is computed for today), and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class ActivityPublicPages {

	@Bean
	PublicPages publicActivityPages() {
		return PublicPages.revalidated("/activities", "/activities/*");
	}

}
