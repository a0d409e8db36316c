package co.gov.mineducacion.cooperation.shared;

/**
 * Published, inside the transaction, by a feature whose public content changed: the
 * office created or revised an activity or a need, or an offer became accepted (the map
 * and the needs' progress count accepted offers). Once the change commits the kept public
 * pages are emptied; unlike {@link ReferenceDataChanged} there is no feature cache to
 * empty first, and the feature needs to know neither which pages show the content nor how
 * they are cached.
 *
 * @param what what changed, for the log: {@code "activity together-we-learn"}
 */
public record PublicContentChanged(String what) {
}
