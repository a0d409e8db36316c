package co.gov.mineducacion.cooperation.offer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else changed the offer since the page was opened: nothing was overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class OfferChangedException extends RuntimeException {

	OfferChangedException(String trackingCode) {
		super("Offer " + trackingCode + " changed meanwhile");
	}

}
