package co.gov.mineducacion.cooperation.need;

/**
 * Where a need stands, as staff set it: the public list shows the open and the partly met
 * ones, and only they accept offers.
 */
enum NeedStatus {

	OPEN, PARTLY_MET, MET, CLOSED;

	/**
	 * Whether offers may still answer the need.
	 */
	boolean isOpen() {
		return this == OPEN || this == PARTLY_MET;
	}

}
