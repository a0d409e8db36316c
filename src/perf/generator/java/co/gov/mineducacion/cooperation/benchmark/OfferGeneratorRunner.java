package co.gov.mineducacion.cooperation.benchmark;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The portal as a command: with the {@code generate-offers} profile it generates the
 * offers once started, then exits (or goes on serving with
 * {@code portal.generator.keep-serving=true}). It is never ready for traffic before the
 * offers are in.
 */
@Component
@Profile(OfferGenerator.PROFILE)
@EnableConfigurationProperties(GeneratorProperties.class)
class OfferGeneratorRunner implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(OfferGeneratorRunner.class);

	private final OfferGenerator generator;

	private final GeneratorProperties settings;

	private final ConfigurableApplicationContext context;

	OfferGeneratorRunner(OfferGenerator generator, GeneratorProperties settings,
			ConfigurableApplicationContext context) {
		this.generator = generator;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		boolean madeUp = this.settings.staffPassword() == null || this.settings.staffPassword().isBlank();
		String password = madeUp ? madeUpPassword() : this.settings.staffPassword();
		logger.info("Generating {} offers (seed {})", this.settings.offers(), this.settings.seed());
		Duration took = this.generator.generate(this.settings.offers(), this.settings.seed(), password);
		logger.info("Generated {} offers in {} s ({} offers a second); sign in as {}{}", this.settings.offers(),
				took.toSeconds(), this.settings.offers() * 1000L / Math.max(1, took.toMillis()), GeneratedStaff.FIRST,
				madeUp ? " with the password " + password : " with the password given");
		if (!this.settings.keepServing()) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

	private static String madeUpPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
