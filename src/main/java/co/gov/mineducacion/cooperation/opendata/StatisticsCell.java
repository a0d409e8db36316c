package co.gov.mineducacion.cooperation.opendata;

/**
 * One number of the public statistics, or the sign that it is too small to show. A
 * suppressed cell keeps no count at all, so the number never reaches a page or a file.
 *
 * @param shown the number, or {@code null} when it is suppressed
 */
record StatisticsCell(Long shown) {

	/**
	 * Counts of offers below this are shown as "&lt; 5": a few offers from one kind of
	 * cooperator in one month could point to the organisation behind them.
	 */
	static final long SMALLEST_SHOWN = 5;

	/**
	 * A count of offers, suppressed under {@link #SMALLEST_SHOWN}.
	 */
	static StatisticsCell offers(long count) {
		return new StatisticsCell((count < SMALLEST_SHOWN) ? null : count);
	}

	/**
	 * A count of public records (activities), shown whatever it is.
	 */
	static StatisticsCell published(long count) {
		return new StatisticsCell(count);
	}

	public boolean suppressed() {
		return this.shown == null;
	}

}
