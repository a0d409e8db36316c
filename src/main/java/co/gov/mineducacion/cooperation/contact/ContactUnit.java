package co.gov.mineducacion.cooperation.contact;

/**
 * Who answers on a channel.
 */
public enum ContactUnit {

	COOPERATION_OFFICE, CITIZEN_CARE

}
