package co.gov.mineducacion.cooperation.opendata;

import java.util.List;

/**
 * A chart of the public statistics and the table behind it. Message keys name it by
 * {@code id}: {@code statistics.table.<id>} is its caption,
 * {@code statistics.table.<id>.label} its first column; the number columns are
 * {@code statistics.column.<column>}.
 *
 * @param id the table's name, also its CSV file's ({@code month}, {@code sector}...)
 * @param horizontal whether the bars lie along the category axis (long names)
 * @param columns the number columns: {@code received}, {@code accepted},
 * {@code activities}
 * @param rows the rows in the order shown
 */
record StatisticsTable(String id, boolean horizontal, List<String> columns, List<StatisticsRow> rows) {

	static final List<String> OFFERS = List.of("received", "accepted");

	StatisticsTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
