package co.gov.mineducacion.cooperation.publication;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A policy that is not stored, or an admin address naming none.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LegalTextNotFoundException extends RuntimeException {

	LegalTextNotFoundException(Object kind) {
		super("No policy " + kind);
	}

}
