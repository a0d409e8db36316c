package co.gov.mineducacion.cooperation.publication;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the footer must say about the office that the seeds do not give: each item stays
 * {@code null}, and off the public pages, until an ADMIN fills it in. One row.
 */
@Entity
@Table(name = "office_identity")
class OfficeIdentity {

	static final short THE_ONE = 1;

	@Id
	private Short id;

	private String postalCode;

	private String openingHoursEs;

	private String openingHoursEn;

	private String institutionalEmail;

	private String judicialEmail;

	private String transparencyUrl;

	private String citizenServiceUrl;

	private String participationUrl;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected OfficeIdentity() {
	}

	IdentitySettings settings() {
		return new IdentitySettings(this.postalCode, this.openingHoursEs, this.openingHoursEn, this.institutionalEmail,
				this.judicialEmail, this.transparencyUrl, this.citizenServiceUrl, this.participationUrl);
	}

	/**
	 * Replaces the settings with what an ADMIN wrote.
	 * @return whether anything changed
	 */
	boolean change(IdentitySettings settings, String by, Instant at) {
		if ((settings.openingHoursEs() == null) != (settings.openingHoursEn() == null)) {
			throw new IllegalArgumentException("Opening hours are given in both languages or in none");
		}
		if (settings.equals(settings())) {
			return false;
		}
		this.postalCode = settings.postalCode();
		this.openingHoursEs = settings.openingHoursEs();
		this.openingHoursEn = settings.openingHoursEn();
		this.institutionalEmail = settings.institutionalEmail();
		this.judicialEmail = settings.judicialEmail();
		this.transparencyUrl = settings.transparencyUrl();
		this.citizenServiceUrl = settings.citizenServiceUrl();
		this.participationUrl = settings.participationUrl();
		this.updatedBy = by;
		this.updatedAt = at;
		return true;
	}

	long version() {
		return this.version;
	}

}
