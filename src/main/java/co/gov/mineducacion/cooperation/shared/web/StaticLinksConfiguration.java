package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.security.autoconfigure.web.StaticResourceLocation;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Links to stylesheets, scripts, the favicon and WebJars get the address Spring's
 * resource chain gives them (the dashboard's Chart.js link names its version, so browsers
 * may cache it); every other link is written as it is. Spring's own filter looks every
 * link of a page up among the static files, and with them mapped at {@code /**} each link
 * to a page missed the classpath several times, uncached: most of the time a catalogue
 * page took to render (see the README's "Performance"). {@code /images/**} is left out
 * for the same reason: the GOV.CO and CO marks there are served by a controller, not from
 * the static files, so every page looked both up in vain (the offer form's profile, issue
 * 17).
 */
@Configuration(proxyBeanMethods = false)
class StaticLinksConfiguration {

	/**
	 * Takes the place of Spring Boot's registration of the same filter, with its
	 * dispatcher types.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Spring's filter, consulted for links to the static locations only.
	 */
	static class StaticLinksEncodingFilter extends ResourceUrlEncodingFilter {

		private static final List<PathPattern> STATIC_LOCATIONS = Stream
			.of(StaticResourceLocation.CSS, StaticResourceLocation.JAVA_SCRIPT, StaticResourceLocation.FAVICON,
					StaticResourceLocation.WEB_JARS)
			.flatMap(StaticResourceLocation::getPatterns)
			.map(PathPatternParser.defaultInstance::parse)
			.toList();

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				super.doFilter(request, response, chain);
				return;
			}
			String contextPath = http.getContextPath();
			super.doFilter(request, response, (encodingRequest, encodingResponse) -> chain.doFilter(encodingRequest,
					new StaticLinksOnly((HttpServletResponse) encodingResponse, plain, contextPath)));
		}

		static boolean isStatic(String url, String contextPath) {
			if (!url.startsWith(contextPath + "/")) {
				return false;
			}
			int end = url.length();
			for (char delimiter : new char[] { '?', '#' }) {
				int index = url.indexOf(delimiter);
				end = (index >= 0) ? Math.min(end, index) : end;
			}
			PathContainer path = PathContainer.parsePath(url.substring(contextPath.length(), end));
			return STATIC_LOCATIONS.stream().anyMatch((pattern) -> pattern.matches(path));
		}

	}

	/**
	 * Sends links to static files through Spring's resource chain and any other link
	 * straight to the container.
	 */
	private static final class StaticLinksOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		StaticLinksOnly(HttpServletResponse encoding, HttpServletResponse plain, String contextPath) {
			super(encoding);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return StaticLinksEncodingFilter.isStatic(url, this.contextPath) ? super.encodeURL(url)
					: this.plain.encodeURL(url);
		}

	}

}
