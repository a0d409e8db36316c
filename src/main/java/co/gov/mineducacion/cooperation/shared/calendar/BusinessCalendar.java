package co.gov.mineducacion.cooperation.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Business days in Colombia: Monday to Friday, except national public holidays. Used for
 * the legal response clock of petitions (15 business days under Ley 1755 de 2015).
 * Immutable and safe to share; each year's holidays are computed once and cached, so the
 * portal keeps one, as a bean.
 */
@Component
public final class BusinessCalendar {

	private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

	/**
	 * Whether the given date is a business day: a weekday that is not a holiday.
	 */
	public boolean isBusinessDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidaysOf(date.getYear()).contains(date);
	}

	/**
	 * {@code date} itself when it is a business day, otherwise the next business day:
	 * where a term that ends on a weekend or holiday ends.
	 */
	public LocalDate businessDayOnOrAfter(LocalDate date) {
		LocalDate day = Objects.requireNonNull(date, "date");
		while (!isBusinessDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The date that is the given number of business days after {@code start}, not
	 * counting {@code start} itself (which need not be a business day). Zero days gives
	 * {@code start} back unchanged; a negative number counts backwards the same way.
	 */
	public LocalDate plusBusinessDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		int step = (days < 0) ? -1 : 1;
		LocalDate date = start;
		for (int remaining = Math.abs(days); remaining > 0;) {
			date = date.plusDays(step);
			if (isBusinessDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/**
	 * Business days left from {@code today} until {@code due} (0 on the day), or, once
	 * {@code due} has passed, minus the business days since: the legal clocks' count.
	 */
	public int businessDaysLeft(LocalDate today, LocalDate due) {
		return today.isAfter(due) ? -businessDaysBetween(due, today) : businessDaysBetween(today, due);
	}

	/**
	 * The number of business days after {@code from} up to and including {@code to}, so
	 * that {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}. Zero when
	 * {@code to} is not after {@code from}: this never returns a negative number.
	 */
	public int businessDaysBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isBusinessDay(date)) {
				count++;
			}
		}
		return count;
	}

	private Set<LocalDate> holidaysOf(int year) {
		return this.holidaysByYear.computeIfAbsent(year, ColombianHolidays::of);
	}

}
