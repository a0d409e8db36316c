package co.gov.mineducacion.cooperation.activity;

/**
 * What an organisation does in an activity.
 */
public enum OrganisationRole {

	FUNDER("1"), IMPLEMENTER("4"), PARTNER("4");

	private final String iatiCode;

	OrganisationRole(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	/**
	 * The IATI OrganisationRole code: 1 funding, 4 implementing. IATI has no role for a
	 * local partner; a partner that carries out the activity is reported as implementing.
	 */
	public String iatiCode() {
		return this.iatiCode;
	}

}
