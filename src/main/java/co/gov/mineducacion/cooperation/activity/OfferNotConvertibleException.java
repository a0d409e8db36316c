package co.gov.mineducacion.cooperation.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The offer is not accepted (or does not exist): only accepted offers become activities.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OfferNotConvertibleException extends RuntimeException {

	OfferNotConvertibleException(String trackingCode) {
		super("Offer " + trackingCode + " is not an accepted offer");
	}

}
