package co.gov.mineducacion.cooperation.benchmark;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the {@code generate-offers} profile makes (benchmarks only, never the portal's
 * own settings).
 *
 * @param offers how many offers to make
 * @param seed the random seed: the same seed and number make the same offers
 * @param staffPassword the password given to the first generated office member; when
 * empty, one is made up and written to the log
 * @param keepServing whether the portal goes on serving once the offers are made, rather
 * than exiting
 */
@Validated
@ConfigurationProperties("portal.generator")
record GeneratorProperties(@Min(1) @Max(10_000_000) @DefaultValue("1000000") int offers,
		@DefaultValue("20260101") long seed, String staffPassword, @DefaultValue("false") boolean keepServing) {
}
