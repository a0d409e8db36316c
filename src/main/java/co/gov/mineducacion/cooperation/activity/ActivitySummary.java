package co.gov.mineducacion.cooperation.activity;

import java.util.List;

/**
 * An activity as listed, in the reader's language: {@code period} is formatted,
 * {@code places} are department names.
 */
record ActivitySummary(String slug, String title, ActivityStatus status, String period, List<String> places,
		List<String> organisations) {

}
