package co.gov.mineducacion.cooperation.need;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No need has this slug.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NeedNotFoundException extends RuntimeException {

	NeedNotFoundException(String slug) {
		super("No need " + slug);
	}

}
