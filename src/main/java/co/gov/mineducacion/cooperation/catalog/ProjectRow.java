package co.gov.mineducacion.cooperation.catalog;

/**
 * A strategic project as the admin list shows it, retired ones included, in the reader's
 * language.
 */
public record ProjectRow(String code, String name, ProjectLevel level, PolicyAxis axis, boolean objectiveKnown,
		boolean retired, long version) {

}
