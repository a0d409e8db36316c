package co.gov.mineducacion.cooperation.dataprotection;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DataRequestNotFoundException extends RuntimeException {

}
