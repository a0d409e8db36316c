package co.gov.mineducacion.cooperation.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-outs go to the audit log. A failure records the
 * email that was tried and why, never the password.
 */
@Component
class SignInAudit {

	private final AuditLog log;

	SignInAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.log.recordAs(event.getAuthentication().getName(), "staff.signed-in", null, null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.log.recordAs(String.valueOf(event.getAuthentication().getName()), "staff.sign-in-failed", null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.log.recordAs(event.getAuthentication().getName(), "staff.signed-out", null, null);
	}

}
