package co.gov.mineducacion.cooperation.audit;

import co.gov.mineducacion.cooperation.shared.security.DirectorySignInFailed;
import co.gov.mineducacion.cooperation.shared.security.SecondFactor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-outs go to the audit log. A failure records the
 * email that was tried and why, never the password. A member with an authenticator app is
 * only signed in once the code is accepted: the password alone is recorded as accepted,
 * and the staff feature records the sign-in when the code is. Sign-ins through the
 * Ministry's directory are recorded by the staff feature, which knows the account and the
 * reason of a refusal; a directory sign-in that failed before (a forged ID token, an
 * error from the provider) is recorded here.
 */
@Component
class SignInAudit {

	/**
	 * The actor of a failure that names no one.
	 */
	static final String UNKNOWN = "unknown";

	private final AuditLog log;

	SignInAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (SecondFactor.viaDirectory(event.getAuthentication())) {
			return;
		}
		String action = SecondFactor.enrolled(event.getAuthentication()) ? "staff.password-accepted"
				: "staff.signed-in";
		this.log.recordAs(event.getAuthentication().getName(), action, null, null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.log.recordAs(String.valueOf(event.getAuthentication().getName()), "staff.sign-in-failed", null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void directoryFailed(DirectorySignInFailed event) {
		this.log.recordAs(UNKNOWN, "staff.directory.sign-in-failed", null, event.error());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.log.recordAs(event.getAuthentication().getName(), "staff.signed-out", null, null);
	}

}
