package co.gov.mineducacion.cooperation.staff;

import jakarta.validation.constraints.Size;

/**
 * The email domains whose people get a staff account at their first directory sign-in,
 * one per line, as an ADMIN sets them.
 */
class AllowedDomainsForm {

	@Size(max = 4000)
	@DomainNames
	private String domains;

	private long version;

	public String getDomains() {
		return this.domains;
	}

	public void setDomains(String domains) {
		this.domains = domains;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
