package co.gov.mineducacion.cooperation.shared.web;

import java.util.Arrays;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link PortalErrorReportValve} where Tomcat keeps its error report, in place of
 * the one Spring Boot installs.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPagesConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> portalErrorReport(
			ObjectProvider<FilterPages> pages) {
		return new Customizer(pages);
	}

	/**
	 * Runs after Spring Boot's own Tomcat customizer, so its valve is there to replace.
	 */
	private record Customizer(ObjectProvider<FilterPages> pages)
			implements
				WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
				Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				Arrays.stream(host.getPipeline().getValves())
					.filter((valve) -> valve instanceof ErrorReportValve)
					.forEach((Valve valve) -> host.getPipeline().removeValve(valve));
				host.getPipeline().addValve(new PortalErrorReportValve(this.pages, context.getServletContext()));
				if (host instanceof StandardHost standardHost) {
					// Otherwise the host adds Tomcat's own valve again when it starts.
					standardHost.setErrorReportValveClass(PortalErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
