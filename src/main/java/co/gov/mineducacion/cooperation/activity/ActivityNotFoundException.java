package co.gov.mineducacion.cooperation.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No activity has the requested slug.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ActivityNotFoundException extends RuntimeException {

	ActivityNotFoundException(String slug) {
		super("No activity " + slug);
	}

}
