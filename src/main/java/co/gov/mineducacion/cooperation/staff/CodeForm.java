package co.gov.mineducacion.cooperation.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code typed by a staff member: six digits from the authenticator app or, where
 * allowed, a recovery code.
 */
class CodeForm {

	@NotBlank
	@Size(max = 32)
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
