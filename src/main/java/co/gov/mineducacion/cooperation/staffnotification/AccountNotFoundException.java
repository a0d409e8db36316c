package co.gov.mineducacion.cooperation.staffnotification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A signed-in name with no staff account behind it (removed meanwhile): nothing to show
 * or save.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException() {
		super("No staff account for the signed-in name");
	}

}
