package co.gov.mineducacion.cooperation.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No certificate has that code (or the code is not one the portal made).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CertificateNotFoundException extends RuntimeException {

	CertificateNotFoundException() {
		super("No such certificate");
	}

}
