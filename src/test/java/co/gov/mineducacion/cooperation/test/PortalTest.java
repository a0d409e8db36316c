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
 * The whole application on the test PostgreSQL, driven through MockMvc, with its
 * background jobs (the outbox sends the email tests wait for): for tests of journeys,
 * database rules and faults with the real services and database. Form and controller
 * logic is tested faster in the {@link WebSliceTest web slice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = PortalTest.SCHEDULING_ON)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface PortalTest {

	/**
	 * Background jobs are off in tests unless a context asks for them (see the tests'
	 * {@code application.properties}); the two shared application contexts do.
	 */
	String SCHEDULING_ON = "portal.scheduling.enabled=true";

}
