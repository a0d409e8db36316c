package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new staff account, as an ADMIN fills it in.
 */
class StaffInviteForm {

	@NotBlank
	@PublicEmail
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 150)
	private String displayName;

	@NotNull
	private StaffRole role = StaffRole.STAFF;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role) {
		this.role = role;
	}

}
