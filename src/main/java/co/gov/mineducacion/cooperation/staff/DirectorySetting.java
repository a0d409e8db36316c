package co.gov.mineducacion.cooperation.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Which email domains get a staff account at their first sign-in through the Ministry's
 * directory. Until an ADMIN allows a domain, only people who already have an account may
 * sign in that way.
 */
@Entity
@Table(name = "directory_setting")
class DirectorySetting {

	static final short THE_ONE = 1;

	@Id
	private Short id;

	@ElementCollection
	@CollectionTable(name = "directory_allowed_domain", joinColumns = @JoinColumn(name = "directory_setting_id"))
	@Column(name = "domain")
	private Set<String> allowedDomains = new TreeSet<>();

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected DirectorySetting() {
	}

	/**
	 * Whether someone with this email may get an account at their first sign-in.
	 */
	boolean allowsAccountFor(String email) {
		int at = email.lastIndexOf('@');
		return at > 0 && this.allowedDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	Set<String> allowedDomains() {
		return new TreeSet<>(this.allowedDomains);
	}

	long version() {
		return this.version;
	}

	void allow(Collection<String> domains, String by, Instant at) {
		this.allowedDomains.clear();
		domains.forEach((domain) -> this.allowedDomains.add(domain.toLowerCase(Locale.ROOT)));
		this.updatedBy = by;
		this.updatedAt = at;
	}

}
