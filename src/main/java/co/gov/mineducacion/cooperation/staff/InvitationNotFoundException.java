package co.gov.mineducacion.cooperation.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A set-password link that is forged, expired or already used, or an account that does
 * not exist: all answered alike.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InvitationNotFoundException extends RuntimeException {

	InvitationNotFoundException() {
		super("No such invitation or account");
	}

}
