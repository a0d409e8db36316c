package co.gov.mineducacion.cooperation.need;

/**
 * An open need that fits an offer, with why (public for the office's templates).
 *
 * @param slug the need's address
 * @param title its title in the reader's language
 * @param explanation why it fits, in words
 */
public record NeedMatch(String slug, String title, String explanation) {

}
