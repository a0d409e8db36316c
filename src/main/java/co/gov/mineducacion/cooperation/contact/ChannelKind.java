package co.gov.mineducacion.cooperation.contact;

/**
 * What kind of channel it is.
 */
public enum ChannelKind {

	PHONE, TELEFAX, TOLL_FREE, EMAIL, MAILING_ADDRESS;

	/**
	 * Whether a phone can dial the channel (it may carry a {@code tel:} link).
	 */
	public boolean isDialled() {
		return this == PHONE || this == TELEFAX || this == TOLL_FREE;
	}

}
