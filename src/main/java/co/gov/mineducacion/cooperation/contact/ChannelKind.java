package co.gov.mineducacion.cooperation.contact;

/**
 * What kind of channel it is.
 */
public enum ChannelKind {

	PHONE, TELEFAX, TOLL_FREE, EMAIL, MAILING_ADDRESS

}
