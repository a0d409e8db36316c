package co.gov.mineducacion.cooperation.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone changed the activity after the staff member opened it: nothing is overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class ActivityChangedException extends RuntimeException {

	ActivityChangedException(String slug) {
		super("Activity " + slug + " changed meanwhile");
	}

}
