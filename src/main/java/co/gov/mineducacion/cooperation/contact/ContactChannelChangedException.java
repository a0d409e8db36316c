package co.gov.mineducacion.cooperation.contact;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone saved the channel after the editor opened it: nothing was overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ContactChannelChangedException extends RuntimeException {

	ContactChannelChangedException(String code) {
		super("Contact channel " + code + " changed meanwhile");
	}

}
