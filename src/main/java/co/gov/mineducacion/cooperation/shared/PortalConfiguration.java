package co.gov.mineducacion.cooperation.shared;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Application-wide beans: the portal's settings and the clock every feature reads time
 * from. Background jobs are set up in {@link SchedulingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
