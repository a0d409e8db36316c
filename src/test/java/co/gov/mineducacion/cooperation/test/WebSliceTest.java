package co.gov.mineducacion.cooperation.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import co.gov.mineducacion.cooperation.shared.security.FormCsrfTokens;
import co.gov.mineducacion.cooperation.shared.security.SecurityConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The web layer alone, without PostgreSQL, mail or background jobs: every controller,
 * advice, filter and template of the portal with the real security configuration, and
 * every service they call a Mockito mock ({@link WebSliceMocks}, reset after each test).
 * For form and controller logic: views, model attributes, field errors, flash keys,
 * redirects and access. Every class with this annotation shares one application context:
 * a test stubs and verifies the mocks it autowires.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @Filter(type = FilterType.REGEX,
		pattern = { "co\\.gov\\.mineducacion\\.cooperation\\.shared\\.web\\.[A-Za-z]+",
				"co\\.gov\\.mineducacion\\.cooperation\\.site\\.SiteNavigation" }))
@Import({ SecurityConfiguration.class, FormCsrfTokens.class, WebSliceMocks.class })
public @interface WebSliceTest {

}
