package co.gov.mineducacion.cooperation.offer;

/**
 * The currencies an estimated value may be given in.
 */
public enum OfferCurrency {

	COP, USD, EUR

}
