package co.gov.mineducacion.cooperation.office;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Another ADMIN saved the template since the form was opened: nothing was overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class AnswerTemplateChangedException extends RuntimeException {

	AnswerTemplateChangedException() {
		super("Answer template changed meanwhile");
	}

}
