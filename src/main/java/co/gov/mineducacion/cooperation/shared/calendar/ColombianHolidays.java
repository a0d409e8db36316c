package co.gov.mineducacion.cooperation.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Colombia's national public holidays, computed for any year from the rules of Ley 51 de
 * 1983 ("Ley Emiliani") and the date of Easter, never typed in per year.
 * <p>
 * Two holidays can fall on the same day once moved (in 2025 both Sagrado Corazón and San
 * Pedro y San Pablo are observed on Monday 30 June), so {@link #holidays(int)} can hold
 * more entries than {@link #of(int)} holds dates.
 */
public final class ColombianHolidays {

	private static final Map<MonthDay, String> FIXED = fixed();

	private static final Map<MonthDay, String> MOVED_TO_MONDAY = movedToMonday();

	private ColombianHolidays() {
	}

	/**
	 * A national public holiday as observed.
	 *
	 * @param date the day it is observed, after any move to Monday
	 * @param name its name in Spanish
	 */
	public record Holiday(LocalDate date, String name) {

	}

	/**
	 * Every date of the given year that is a national public holiday.
	 */
	public static Set<LocalDate> of(int year) {
		Set<LocalDate> dates = new TreeSet<>();
		holidays(year).forEach((holiday) -> dates.add(holiday.date()));
		return Collections.unmodifiableSet(dates);
	}

	/**
	 * Every date of the given year that is a national public holiday, with its Spanish
	 * name; two holidays observed the same day have their names joined by " y ".
	 */
	public static Map<LocalDate, String> named(int year) {
		Map<LocalDate, String> names = new TreeMap<>();
		holidays(year).forEach((holiday) -> names.merge(holiday.date(), holiday.name(), (a, b) -> a + " y " + b));
		return Collections.unmodifiableMap(names);
	}

	/**
	 * Every national public holiday of the given year, in date order (18 in all).
	 */
	public static List<Holiday> holidays(int year) {
		List<Holiday> holidays = new ArrayList<>();
		FIXED.forEach((day, name) -> holidays.add(new Holiday(day.atYear(year), name)));
		MOVED_TO_MONDAY.forEach((day, name) -> holidays.add(new Holiday(nextMonday(day.atYear(year)), name)));
		LocalDate easter = easterSunday(year);
		holidays.add(new Holiday(easter.minusDays(3), "Jueves Santo"));
		holidays.add(new Holiday(easter.minusDays(2), "Viernes Santo"));
		holidays.add(new Holiday(nextMonday(easter.plusDays(39)), "Ascensión del Señor"));
		holidays.add(new Holiday(nextMonday(easter.plusDays(60)), "Corpus Christi"));
		holidays.add(new Holiday(nextMonday(easter.plusDays(68)), "Sagrado Corazón de Jesús"));
		holidays.sort(Comparator.comparing(Holiday::date));
		return List.copyOf(holidays);
	}

	/**
	 * Easter Sunday of the given year in the Gregorian calendar (the anonymous Gregorian
	 * algorithm, as given by Meeus).
	 */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	private static LocalDate nextMonday(LocalDate date) {
		return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
	}

	private static Map<MonthDay, String> fixed() {
		Map<MonthDay, String> fixed = new LinkedHashMap<>();
		fixed.put(MonthDay.of(Month.JANUARY, 1), "Año Nuevo");
		fixed.put(MonthDay.of(Month.MAY, 1), "Día del Trabajo");
		fixed.put(MonthDay.of(Month.JULY, 20), "Día de la Independencia");
		fixed.put(MonthDay.of(Month.AUGUST, 7), "Batalla de Boyacá");
		fixed.put(MonthDay.of(Month.DECEMBER, 8), "Inmaculada Concepción");
		fixed.put(MonthDay.of(Month.DECEMBER, 25), "Navidad");
		return Collections.unmodifiableMap(fixed);
	}

	private static Map<MonthDay, String> movedToMonday() {
		Map<MonthDay, String> moved = new LinkedHashMap<>();
		moved.put(MonthDay.of(Month.JANUARY, 6), "Día de los Reyes Magos");
		moved.put(MonthDay.of(Month.MARCH, 19), "Día de San José");
		moved.put(MonthDay.of(Month.JUNE, 29), "San Pedro y San Pablo");
		moved.put(MonthDay.of(Month.AUGUST, 15), "Asunción de la Virgen");
		moved.put(MonthDay.of(Month.OCTOBER, 12), "Día de la Raza");
		moved.put(MonthDay.of(Month.NOVEMBER, 1), "Día de Todos los Santos");
		moved.put(MonthDay.of(Month.NOVEMBER, 11), "Independencia de Cartagena");
		return Collections.unmodifiableMap(moved);
	}

}
