package co.gov.mineducacion.cooperation.office;

/**
 * One bar of a dashboard chart and one row of the table behind it.
 *
 * @param label what the table's row header says
 * @param shortLabel what the chart's axis says (a code where the name is long)
 * @param count the number of offers
 * @param href where the office sees those offers, or {@code null}
 */
record ChartRow(String label, String shortLabel, long count, String href) {

	static ChartRow of(String label, long count) {
		return new ChartRow(label, label, count, null);
	}

}
