package co.gov.mineducacion.cooperation.opendata;

import java.util.List;

/**
 * A chart of the public statistics and the table behind it. Message keys name it by
 * {@code id}: {@code statistics.table.<id>} is its caption,
 * {@code statistics.table.<id>.label} its first column.
 *
 * @param id the table's name, also its CSV file's ({@code month}, {@code sector}...)
 * @param horizontal whether the bars lie along the category axis (long names)
 * @param counts what its numbers are: {@code offers} (small counts suppressed),
 * {@code activities} or {@code money} (one column per currency)
 * @param headers the number columns' headers in the reader's language
 * @param rows the rows in the order shown
 */
record StatisticsTable(String id, boolean horizontal, String counts, List<String> headers, List<StatisticsRow> rows) {

	static final String OFFERS = "offers";

	static final String ACTIVITIES = "activities";

	static final String MONEY = "money";

	StatisticsTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

}
