package co.gov.mineducacion.cooperation.catalog;

/**
 * A strategic project as listed, in the reader's language; {@code objective} is
 * {@code null} when unknown.
 */
record ProjectSummary(String code, String name, ProjectLevel level, PolicyAxis axis, String objective) {

}
