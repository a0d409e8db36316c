package co.gov.mineducacion.cooperation.test;

import java.util.Map;

import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The portal's settings as Spring Boot binds them, defaults included, for unit tests that
 * need a {@link PortalProperties} without an application: a new setting never breaks
 * them.
 */
public final class TestProperties {

	private TestProperties() {
	}

	/**
	 * The settings with the given properties (names as in {@code application.yml}, e.g.
	 * {@code portal.signing-secret}) over the defaults.
	 */
	public static PortalProperties portal(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("portal",
				PortalProperties.class);
	}

}
