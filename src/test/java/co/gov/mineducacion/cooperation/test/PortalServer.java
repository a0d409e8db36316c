package co.gov.mineducacion.cooperation.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with its background jobs, on the test
 * PostgreSQL: for tests over real HTTP and in a real browser. Every class with this
 * annotation shares one application context (MockMvc is there too, for set-up steps).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PortalTest.SCHEDULING_ON)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface PortalServer {

}
