package co.gov.mineducacion.cooperation.territory;

import co.gov.mineducacion.cooperation.shared.web.PublicPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The map, in each of its scopes: kept for visitors without a session until an activity
 * changes or an offer becomes accepted, for the day in Bogotá it was rendered on (it
 * shades the activities under way today), and revalidated by browsers.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryPublicPages {

	@Bean
	PublicPages publicTerritoryPages() {
		return PublicPages.revalidated("/territory");
	}

}
