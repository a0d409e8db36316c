package co.gov.mineducacion.cooperation.contact;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No contact channel has the requested code.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ContactChannelNotFoundException extends RuntimeException {

	ContactChannelNotFoundException(String code) {
		super("No contact channel with code " + code);
	}

}
