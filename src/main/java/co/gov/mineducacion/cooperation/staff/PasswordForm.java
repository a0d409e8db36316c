package co.gov.mineducacion.cooperation.staff;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, typed twice.
 */
class PasswordForm {

	@NotBlank
	private String password;

	@NotBlank
	private String confirmation;

	boolean confirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
