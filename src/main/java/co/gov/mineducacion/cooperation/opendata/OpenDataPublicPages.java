package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The open-data page (made from the activities and the catalogue) and the statistics
 * page: kept for visitors without a session until the office changes an activity, a need
 * or the catalogue, or an offer is accepted, and revalidated by browsers. The statistics
 * count every offer received: a new one shows within {@code portal.cache.time-to-live},
 * as the figures themselves are kept ({@code StatisticsFigures}).
 * <p>
 * The files are made from the same data, plus the IATI organisation budget (whose change
 * announces itself the same way), so they are kept too: a download is the bytes made for
 * the first one of the day, not a new query and serialisation each time. They set their
 * own {@code Cache-Control}, a few minutes public, with their validators.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataPublicPages {

	@Bean
	PublicPages publicOpenDataPages() {
		return PublicPages.revalidated("/open-data", "/statistics");
	}

	@Bean
	PublicPages openDataFiles() {
		return PublicPages.cached("/open-data/*");
	}

}
