package co.gov.mineducacion.cooperation.search;

/**
 * What a search result is, labelled {@code SearchKind.<NAME>} on the results page.
 */
enum SearchKind {

	PAGE, PROJECT, WAY_TO_COOPERATE, COOPERATOR_KIND, ACTIVITY, DATASET

}
