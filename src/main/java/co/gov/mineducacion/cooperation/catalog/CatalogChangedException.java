package co.gov.mineducacion.cooperation.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone saved the catalogue entry after the editor opened it: nothing was overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class CatalogChangedException extends RuntimeException {

	CatalogChangedException(String code) {
		super("Catalogue entry " + code + " changed meanwhile");
	}

}
