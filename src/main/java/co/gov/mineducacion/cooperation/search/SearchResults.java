package co.gov.mineducacion.cooperation.search;

import java.util.List;

/**
 * What a search found, the most relevant first.
 *
 * @param query the query as searched
 * @param results the results shown, at most {@link FullTextSearch#LIMIT}
 * @param total how many matched in all
 */
record SearchResults(String query, List<SearchResult> results, int total) {

	SearchResults {
		results = List.copyOf(results);
	}

	public int count() {
		return this.results.size();
	}

}
