package co.gov.mineducacion.cooperation.shared;

/**
 * Published, inside the transaction, by a feature whose reference data an ADMIN changed.
 * Once the change commits the cache the feature keeps that data in is emptied, then the
 * public pages made from it; the feature needs to know neither which pages nor how they
 * are cached.
 *
 * @param cache the name of the cache the feature keeps the changed data in
 */
public record ReferenceDataChanged(String cache) {
}
