package co.gov.mineducacion.cooperation.staff;

import jakarta.validation.constraints.NotBlank;

/**
 * A signed-in member's new password, with the current one and the new one typed twice.
 */
class PasswordChangeForm {

	@NotBlank
	private String current;

	@NotBlank
	private String password;

	@NotBlank
	private String confirmation;

	boolean confirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
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
