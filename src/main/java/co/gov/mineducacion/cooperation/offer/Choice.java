package co.gov.mineducacion.cooperation.offer;

/**
 * One option of a choice list: the value posted and the label shown.
 */
record Choice(String code, String name) {

}
