package co.gov.mineducacion.cooperation.opendata;

import java.util.List;

/**
 * One row of a statistics table and one group of bars of its chart.
 *
 * @param label what the table's row header says
 * @param shortLabel what the chart's axis says (a code where the name is long)
 * @param cells the numbers, one per column of the table
 */
record StatisticsRow(String label, String shortLabel, List<StatisticsCell> cells) {

	StatisticsRow {
		cells = List.copyOf(cells);
	}

}
