package co.gov.mineducacion.cooperation.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No way to cooperate has the requested code.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ActionTypeNotFoundException extends RuntimeException {

	ActionTypeNotFoundException(String code) {
		super("No action type with code " + code);
	}

}
