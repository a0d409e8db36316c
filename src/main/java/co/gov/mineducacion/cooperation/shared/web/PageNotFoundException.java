package co.gov.mineducacion.cooperation.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An address that names nothing the portal has: answered with the friendly 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException() {
		super("No such page");
	}

}
