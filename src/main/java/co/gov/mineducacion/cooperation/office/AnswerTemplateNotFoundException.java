package co.gov.mineducacion.cooperation.office;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No answer template has that id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AnswerTemplateNotFoundException extends RuntimeException {

	AnswerTemplateNotFoundException() {
		super("No such answer template");
	}

}
