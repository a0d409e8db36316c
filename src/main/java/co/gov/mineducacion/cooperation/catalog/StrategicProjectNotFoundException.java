package co.gov.mineducacion.cooperation.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No strategic project (or no published one, on public pages) has the requested code.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StrategicProjectNotFoundException extends RuntimeException {

	StrategicProjectNotFoundException(String code) {
		super("No strategic project with code " + code);
	}

}
