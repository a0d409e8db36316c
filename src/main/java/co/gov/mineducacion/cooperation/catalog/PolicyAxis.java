package co.gov.mineducacion.cooperation.catalog;

/**
 * The policy axis a strategic project belongs to.
 */
public enum PolicyAxis {

	COVERAGE, QUALITY, PERTINENCE, EFFICIENCY

}
