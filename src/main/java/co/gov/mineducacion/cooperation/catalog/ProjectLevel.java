package co.gov.mineducacion.cooperation.catalog;

/**
 * The education level a strategic project serves, in the order the Ministry presents
 * them.
 */
public enum ProjectLevel {

	PRESCHOOL_BASIC_SECONDARY, HIGHER_EDUCATION, SECTOR_MANAGEMENT

}
