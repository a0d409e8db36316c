package co.gov.mineducacion.cooperation.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.text.Languages;

/**
 * A date known to the month ("2021-02") or to the day ("2021-02-15"). A month-precise
 * date is stored as the month's first day.
 *
 * @param date the day, or the first day of the month
 * @param precision how precisely it is known
 */
public record PartialDate(LocalDate date, DatePrecision precision) {

	static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

	private static final DateTimeFormatter MONTH_ES = DateTimeFormatter.ofPattern("MMMM 'de' yyyy", Languages.SPANISH);

	private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Languages.ENGLISH);

	private static final DateTimeFormatter DAY_ES = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
			Languages.SPANISH);

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.ENGLISH);

	public PartialDate {
		if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("A month is stored as its first day: " + date);
		}
	}

	/**
	 * Reads "yyyy-MM" or "yyyy-MM-dd"; {@code null} for blank text.
	 * @throws DateTimeException when the text is not such a date
	 */
	static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new DateTimeException("Not a month or a day: " + value);
		}
		return (value.length() == 7) ? new PartialDate(YearMonth.parse(value).atDay(1), DatePrecision.MONTH)
				: new PartialDate(LocalDate.parse(value), DatePrecision.DAY);
	}

	static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/**
	 * The first day this date covers.
	 */
	public LocalDate firstDay() {
		return this.date;
	}

	/**
	 * The last day this date covers: the month's last day for a month.
	 */
	public LocalDate lastDay() {
		return (this.precision == DatePrecision.MONTH) ? YearMonth.from(this.date).atEndOfMonth() : this.date;
	}

	/**
	 * "2021-02" or "2021-02-15", as typed and as published in open data.
	 */
	public String iso() {
		return (this.precision == DatePrecision.MONTH) ? YearMonth.from(this.date).toString() : this.date.toString();
	}

	/**
	 * "febrero de 2021" or "February 2021"; with the day when it is known.
	 */
	public String format(Locale locale) {
		boolean english = Languages.isEnglish(locale);
		DateTimeFormatter formatter = (this.precision == DatePrecision.MONTH) ? (english ? MONTH_EN : MONTH_ES)
				: (english ? DAY_EN : DAY_ES);
		return this.date.format(formatter);
	}

}
