package co.gov.mineducacion.cooperation.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The activity has no target with the requested id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TargetNotFoundException extends RuntimeException {

	TargetNotFoundException() {
		super("No such target in this activity");
	}

}
