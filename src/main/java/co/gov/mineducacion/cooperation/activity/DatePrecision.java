package co.gov.mineducacion.cooperation.activity;

/**
 * How precisely an activity's start or end is known.
 */
public enum DatePrecision {

	MONTH, DAY

}
