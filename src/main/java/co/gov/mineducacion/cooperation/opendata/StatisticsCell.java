package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;

/**
 * One number of the public statistics, or the sign that it is too small to show. A
 * suppressed cell keeps no count at all, so the number never reaches a page or a file.
 *
 * @param shown the count, or {@code null} when it is suppressed or the cell is an amount
 * @param amount a sum of money in one currency, or {@code null} for a count
 */
record StatisticsCell(Long shown, BigDecimal amount) {

	/**
	 * Counts of offers below this are shown as "&lt; 5": a few offers from one kind of
	 * cooperator in one month could point to the organisation behind them.
	 */
	static final long SMALLEST_SHOWN = 5;

	/**
	 * A count of offers, suppressed under {@link #SMALLEST_SHOWN}.
	 */
	static StatisticsCell offers(long count) {
		return new StatisticsCell((count < SMALLEST_SHOWN) ? null : count, null);
	}

	/**
	 * A count of public records (activities), shown whatever it is.
	 */
	static StatisticsCell published(long count) {
		return new StatisticsCell(count, null);
	}

	/**
	 * A published sum of money, exact, in the currency its column names.
	 */
	static StatisticsCell money(BigDecimal amount) {
		return new StatisticsCell(null, amount);
	}

	public boolean suppressed() {
		return this.shown == null && this.amount == null;
	}

	/**
	 * The number as a chart and a CSV file read it: the count, or the amount with a point
	 * before the cents; {@code null} when suppressed.
	 */
	public String value() {
		if (this.amount != null) {
			return this.amount.toPlainString();
		}
		return (this.shown != null) ? this.shown.toString() : null;
	}

}
