package co.gov.mineducacion.cooperation.shared;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Application-wide beans: the portal's settings, the clock every feature reads time from,
 * and scheduling for background jobs (such as the mail outbox).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
