package co.gov.mineducacion.cooperation.offer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No offer answers to this link: forged, expired or unknown look the same.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfferNotFoundException extends RuntimeException {

	OfferNotFoundException() {
		super("No offer for this link");
	}

}
