package co.gov.mineducacion.cooperation.activity;

/**
 * Where an activity stands. The first three follow from its dates; staff may set any of
 * them instead, and only staff set an activity suspended or cancelled.
 */
public enum ActivityStatus {

	PLANNED("1"), UNDER_WAY("2"), FINISHED("3"), CANCELLED("5"), SUSPENDED("6");

	private final String iatiCode;

	ActivityStatus(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	/**
	 * The code of the IATI ActivityStatus codelist. A finished activity is 3
	 * (finalisation: physical activity complete); open data reports it as 4 (closed) once
	 * the office says its accounts are closed.
	 */
	public String iatiCode() {
		return this.iatiCode;
	}

}
