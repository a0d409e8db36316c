package co.gov.mineducacion.cooperation.office;

import java.util.List;

/**
 * A chart of the dashboard and the data table behind it. The template names it by
 * {@code id} ({@code admin.dashboard.chart.<id>} is its caption).
 *
 * @param id the chart's name: {@code status}, {@code month}, {@code sector}...
 * @param horizontal whether the bars lie along the category axis (long names)
 * @param rows the bars in the order shown
 */
record DashboardChart(String id, boolean horizontal, List<ChartRow> rows) {

	DashboardChart {
		rows = List.copyOf(rows);
	}

	long total() {
		return this.rows.stream().mapToLong(ChartRow::count).sum();
	}

}
