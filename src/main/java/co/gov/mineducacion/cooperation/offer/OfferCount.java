package co.gov.mineducacion.cooperation.offer;

/**
 * How many offers name a code (a status, a kind of cooperator, a way to cooperate, a
 * strategic project, a department or a month {@code yyyy-MM}).
 */
public record OfferCount(String code, long count) {

}
