package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open-data page (made from the activities and the catalogue) and the statistics
 * page: kept for visitors without a session until the office changes an activity, a need
 * or the catalogue, or an offer is accepted, and revalidated by browsers. The statistics
 * count every offer received: a new one shows within {@code portal.cache.time-to-live},
 * as the figures themselves are kept ({@code StatisticsFigures}). The files set their own
 * {@code Cache-Control}.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataPublicPages {

	@Bean
	PublicPages publicOpenDataPages() {
		return PublicPages.revalidated("/open-data", "/statistics");
	}

}
