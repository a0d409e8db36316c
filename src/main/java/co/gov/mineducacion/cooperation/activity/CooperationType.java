package co.gov.mineducacion.cooperation.activity;

/**
 * The kind of cooperation, as APC-Colombia classifies it.
 */
public enum CooperationType {

	BILATERAL, MULTILATERAL, DECENTRALISED, SOUTH_SOUTH, TRIANGULAR, PRIVATE_SECTOR, NGO

}
