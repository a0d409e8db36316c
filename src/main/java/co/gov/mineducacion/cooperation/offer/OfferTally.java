package co.gov.mineducacion.cooperation.offer;

/**
 * How many offers received in a period name a code (a month {@code yyyy-MM}, a kind of
 * cooperator, a way to cooperate or a strategic project), and how many of those the
 * office has accepted.
 */
public record OfferTally(String code, long received, long accepted) {

}
