package co.gov.mineducacion.cooperation.shared.ratelimit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client went over an abuse limit; answered with 429 and the portal's own page.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException(String bucket) {
		super("Rate limit reached for " + bucket);
	}

}
