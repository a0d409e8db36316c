package co.gov.mineducacion.cooperation.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The JPA slice on the test PostgreSQL with the Flyway migrations applied: for queries
 * and constraints. It also holds the portal's two query classes written in SQL (the
 * office's queue and the site search), so that every repository test shares one
 * application context instead of one per query class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(includeFilters = @Filter(type = FilterType.REGEX,
		pattern = { "co\\.gov\\.mineducacion\\.cooperation\\.offer\\.queue\\.OfferQueue",
				"co\\.gov\\.mineducacion\\.cooperation\\.search\\.FullTextSearch" }))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
public @interface RepositoryTest {

}
