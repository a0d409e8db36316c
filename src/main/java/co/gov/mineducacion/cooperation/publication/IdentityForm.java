package co.gov.mineducacion.cooperation.publication;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The office's identity settings as an ADMIN writes them. Every item is optional: an
 * empty field (the global trimmer makes it {@code null}) keeps the item off the public
 * pages.
 */
class IdentityForm {

	/** An address with a domain: something@domain.tld. */
	static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	/** A secure web address on a named host. */
	static final String HTTPS_URL = "https://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?";

	@Pattern(regexp = "[0-9]{6}")
	private String postalCode;

	@Size(max = 300)
	private String openingHoursEs;

	@Size(max = 300)
	private String openingHoursEn;

	@Email(regexp = EMAIL)
	@Size(max = 254)
	private String institutionalEmail;

	@Email(regexp = EMAIL)
	@Size(max = 254)
	private String judicialEmail;

	@Pattern(regexp = HTTPS_URL)
	@Size(max = 500)
	private String transparencyUrl;

	@Pattern(regexp = HTTPS_URL)
	@Size(max = 500)
	private String citizenServiceUrl;

	@Pattern(regexp = HTTPS_URL)
	@Size(max = 500)
	private String participationUrl;

	private long version;

	static IdentityForm from(OfficeIdentityService.IdentityEdit edit) {
		IdentitySettings settings = edit.settings();
		IdentityForm form = new IdentityForm();
		form.postalCode = settings.postalCode();
		form.openingHoursEs = settings.openingHoursEs();
		form.openingHoursEn = settings.openingHoursEn();
		form.institutionalEmail = settings.institutionalEmail();
		form.judicialEmail = settings.judicialEmail();
		form.transparencyUrl = settings.transparencyUrl();
		form.citizenServiceUrl = settings.citizenServiceUrl();
		form.participationUrl = settings.participationUrl();
		form.version = edit.version();
		return form;
	}

	/**
	 * The opening hours are published in both languages or not at all.
	 */
	void checkHours(Errors errors) {
		if (this.openingHoursEs != null && this.openingHoursEn == null) {
			errors.rejectValue("openingHoursEn", "BothLanguages");
		}
		if (this.openingHoursEn != null && this.openingHoursEs == null) {
			errors.rejectValue("openingHoursEs", "BothLanguages");
		}
	}

	IdentitySettings toSettings() {
		return new IdentitySettings(this.postalCode, this.openingHoursEs, this.openingHoursEn, this.institutionalEmail,
				this.judicialEmail, this.transparencyUrl, this.citizenServiceUrl, this.participationUrl);
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getOpeningHoursEs() {
		return this.openingHoursEs;
	}

	public void setOpeningHoursEs(String openingHoursEs) {
		this.openingHoursEs = openingHoursEs;
	}

	public String getOpeningHoursEn() {
		return this.openingHoursEn;
	}

	public void setOpeningHoursEn(String openingHoursEn) {
		this.openingHoursEn = openingHoursEn;
	}

	public String getInstitutionalEmail() {
		return this.institutionalEmail;
	}

	public void setInstitutionalEmail(String institutionalEmail) {
		this.institutionalEmail = institutionalEmail;
	}

	public String getJudicialEmail() {
		return this.judicialEmail;
	}

	public void setJudicialEmail(String judicialEmail) {
		this.judicialEmail = judicialEmail;
	}

	public String getTransparencyUrl() {
		return this.transparencyUrl;
	}

	public void setTransparencyUrl(String transparencyUrl) {
		this.transparencyUrl = transparencyUrl;
	}

	public String getCitizenServiceUrl() {
		return this.citizenServiceUrl;
	}

	public void setCitizenServiceUrl(String citizenServiceUrl) {
		this.citizenServiceUrl = citizenServiceUrl;
	}

	public String getParticipationUrl() {
		return this.participationUrl;
	}

	public void setParticipationUrl(String participationUrl) {
		this.participationUrl = participationUrl;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
