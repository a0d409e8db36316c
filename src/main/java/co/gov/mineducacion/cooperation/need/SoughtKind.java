package co.gov.mineducacion.cooperation.need;

/**
 * Whether a need seeks an amount of money or a count of something.
 */
enum SoughtKind {

	AMOUNT, COUNT

}
