package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.FirstAnswers;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;

/**
 * How fast the office answers: of the offers answered, the median number of business days
 * from receipt to the first answer, and the share answered within the legal term (15
 * business days, Ley 1755 de 2015). Both are left out when fewer than
 * {@link StatisticsCell#SMALLEST_SHOWN} offers were answered.
 *
 * @param answered how many offers were answered (suppressed when few)
 * @param medianBusinessDays the median, or {@code null}
 * @param withinTermPercent the share within the term, in whole percent, or {@code null}
 */
record ResponseTimes(StatisticsCell answered, BigDecimal medianBusinessDays, Integer withinTermPercent) {

	static final int LEGAL_BUSINESS_DAYS = 15;

	static ResponseTimes of(List<FirstAnswers> answers, BusinessCalendar calendar) {
		List<long[]> days = new ArrayList<>();
		long total = 0;
		long withinTerm = 0;
		for (FirstAnswers answer : answers) {
			long businessDays = calendar.businessDaysBetween(answer.received(), answer.answered());
			days.add(new long[] { businessDays, answer.offers() });
			total += answer.offers();
			withinTerm += (businessDays <= LEGAL_BUSINESS_DAYS) ? answer.offers() : 0;
		}
		StatisticsCell answered = StatisticsCell.offers(total);
		if (answered.suppressed()) {
			return new ResponseTimes(answered, null, null);
		}
		days.sort(Comparator.comparingLong((long[] d) -> d[0]));
		BigDecimal median = BigDecimal.valueOf(nth(days, (total - 1) / 2) + nth(days, total / 2))
			.divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY);
		int percent = BigDecimal.valueOf(100 * withinTerm)
			.divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
			.intValueExact();
		return new ResponseTimes(answered, median, percent);
	}

	/**
	 * The business days of the offer at 0-based position {@code index} in order of
	 * business days.
	 */
	private static long nth(List<long[]> sortedDays, long index) {
		long seen = 0;
		for (long[] d : sortedDays) {
			seen += d[1];
			if (index < seen) {
				return d[0];
			}
		}
		throw new IllegalArgumentException("index beyond the offers counted: " + index);
	}

}
