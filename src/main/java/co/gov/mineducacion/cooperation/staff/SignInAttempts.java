package co.gov.mineducacion.cooperation.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account, so that the account waits after too many in a row.
 */
@Component
class SignInAttempts {

	private final StaffService staff;

	SignInAttempts(StaffService staff) {
		this.staff = staff;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.staff.recordFailedSignIn(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.staff.recordSignIn(event.getAuthentication().getName());
	}

}
