package co.gov.mineducacion.cooperation.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first ADMIN from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD} when no staff account exists yet. There is no default
 * password: without both variables nobody is created.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffService staff;

	private final Environment environment;

	FirstAdministrator(StaffService staff, Environment environment) {
		this.staff = staff;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = this.environment.getProperty("PORTAL_ADMIN_EMAIL");
		String password = this.environment.getProperty("PORTAL_ADMIN_PASSWORD");
		if (this.staff.anyAccountExists()) {
			return;
		}
		if (email == null || email.isBlank() || password == null || password.length() < 12) {
			logger.warn("No staff account exists: set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD (12+ characters) "
					+ "to create the first administrator");
			return;
		}
		try {
			this.staff.create(email, "Administrator", StaffRole.ADMIN, password);
			logger.info("Created the first administrator account");
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance starting at the same moment created it first.
			logger.info("The first administrator account already exists");
		}
	}

}
