package co.gov.mineducacion.cooperation.staff;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Counts failed sign-ins per account, so that the account waits after too many in a row;
 * a successful one also records the language the person signed in with (the page's
 * language), which the portal's email to them is written in.
 */
@Component
class SignInAttempts {

	private final StaffService staff;

	private final LocaleResolver locales;

	SignInAttempts(StaffService staff, LocaleResolver locales) {
		this.staff = staff;
		this.locales = locales;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.staff.recordFailedSignIn(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.staff.recordSignIn(event.getAuthentication().getName(), requestLanguage());
	}

	private Locale requestLanguage() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return this.locales.resolveLocale(request.getRequest());
		}
		return null;
	}

}
