package co.gov.mineducacion.cooperation.activity;

import java.util.List;

/**
 * The activities that match a filter.
 */
record ActivityListing(List<ActivitySummary> activities, int count) {

}
