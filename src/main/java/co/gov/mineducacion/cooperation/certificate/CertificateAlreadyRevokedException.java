package co.gov.mineducacion.cooperation.certificate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff asked to revoke a certificate that was revoked already.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class CertificateAlreadyRevokedException extends RuntimeException {

	CertificateAlreadyRevokedException() {
		super("The certificate was revoked already");
	}

}
