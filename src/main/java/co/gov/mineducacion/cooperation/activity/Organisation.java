package co.gov.mineducacion.cooperation.activity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organisation taking part in an activity, in a role, in the order the office lists
 * them.
 */
@Embeddable
class Organisation {

	@Enumerated(EnumType.STRING)
	private OrganisationRole role;

	private String name;

	private int position;

	protected Organisation() {
	}

	Organisation(OrganisationRole role, String name, int position) {
		this.role = role;
		this.name = name;
		this.position = position;
	}

	OrganisationRole role() {
		return this.role;
	}

	String name() {
		return this.name;
	}

}
