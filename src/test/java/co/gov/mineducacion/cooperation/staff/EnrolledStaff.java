package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.test.Totp;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates staff accounts for tests in other packages, with an authenticator app already
 * enrolled when asked (ADMINs must have one). The enrolment uses the current step's code,
 * so the account's first sign-in uses {@code Totp.code(secret, 1)}.
 */
public final class EnrolledStaff {

	private EnrolledStaff() {
	}

	/** An ADMIN with the given password and an enrolled app; returns the app's secret. */
	public static String admin(ApplicationContext context, String email, String password) {
		return member(context, email, password, StaffRole.ADMIN);
	}

	/** A STAFF member with the given password and an enrolled app; returns its secret. */
	public static String staff(ApplicationContext context, String email, String password) {
		return member(context, email, password, StaffRole.STAFF);
	}

	private static String member(ApplicationContext context, String email, String password, StaffRole role) {
		context.getBean(StaffService.class).create(email, "Persona de prueba", role, password);
		AccountSecurityService security = context.getBean(AccountSecurityService.class);
		security.beginSetup(email);
		String secret = security.status(email).setup().secretInGroups();
		assertThat(security.confirmSetup(email, Totp.code(secret))).isPresent();
		return secret;
	}

}
