package co.gov.mineducacion.cooperation.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test in a real Chromium against the whole application on a random port
 * ({@link PortalServer}): its {@link PortalBrowser} field is set before each test, with
 * pages, signed-in pages and the portal's addresses. Chromium starts once for the whole
 * run; each page gets its own browser context, closed after the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PortalServer
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
