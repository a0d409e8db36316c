package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.CooperationType;
import co.gov.mineducacion.cooperation.opendata.StatisticsFigures.Figures;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The public statistics' tables about activities, in the reader's language: by
 * department, by goal, by cooperation type, and the money committed by year in each
 * currency. Activities are public records, so their counts are shown whatever they are.
 */
@Component
class ActivityStatistics {

	private final ActivityService activities;

	private final TerritoryService territory;

	private final MessageSource messages;

	ActivityStatistics(ActivityService activities, TerritoryService territory, MessageSource messages) {
		this.activities = activities;
		this.territory = territory;
		this.messages = messages;
	}

	List<StatisticsTable> tables(Figures f, Locale locale) {
		List<String> activities = List.of(message("statistics.column.activities", locale));
		return List.of(byDepartment(f, activities), bySdg(f, locale, activities), byType(f, locale, activities),
				committed(f));
	}

	/**
	 * Departments with activities, most first.
	 */
	private StatisticsTable byDepartment(Figures f, List<String> headers) {
		Map<String, String> names = this.territory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		return new StatisticsTable("department", true, StatisticsTable.ACTIVITIES, headers,
				f.activitiesByDepartment()
					.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
					.map((e) -> {
						String name = names.getOrDefault(e.getKey(), e.getKey());
						return activities(name, name, e.getValue());
					})
					.toList());
	}

	/**
	 * Every goal in its order, those without activities too.
	 */
	private StatisticsTable bySdg(Figures f, Locale locale, List<String> headers) {
		Map<Integer, Long> counts = f.activityTallies().bySdg();
		return new StatisticsTable("sdg", true, StatisticsTable.ACTIVITIES, headers, this.activities
			.sdgGoalNames(locale)
			.entrySet()
			.stream()
			.map((goal) -> activities(goal.getKey() + " · " + goal.getValue(),
					message("statistics.sdg.short", locale, goal.getKey()), counts.getOrDefault(goal.getKey(), 0L)))
			.toList());
	}

	/**
	 * Every cooperation type in its order, then the activities whose type the office has
	 * not recorded, if any.
	 */
	private StatisticsTable byType(Figures f, Locale locale, List<String> headers) {
		Map<String, Long> counts = f.activityTallies().byType();
		List<StatisticsRow> rows = new ArrayList<>();
		for (CooperationType type : CooperationType.values()) {
			String name = message("CooperationType." + type.name(), locale);
			rows.add(activities(name, name, counts.getOrDefault(type.name(), 0L)));
		}
		if (counts.containsKey(ActivityTallies.NO_TYPE)) {
			String name = message("statistics.type.unknown", locale);
			rows.add(activities(name, name, counts.get(ActivityTallies.NO_TYPE)));
		}
		return new StatisticsTable("cooperationType", true, StatisticsTable.ACTIVITIES, headers, rows);
	}

	/**
	 * One row per year with commitments, one column per currency committed in any year;
	 * amounts in different currencies are never added together.
	 */
	private StatisticsTable committed(Figures f) {
		SortedMap<Integer, SortedMap<String, BigDecimal>> years = f.activityTallies().committed();
		List<String> currencies = List.copyOf(years.values()
			.stream()
			.flatMap((sums) -> sums.keySet().stream())
			.collect(Collectors.toCollection(TreeSet::new)));
		List<StatisticsRow> rows = years.entrySet().stream().map((year) -> {
			String label = String.valueOf(year.getKey());
			List<StatisticsCell> cells = currencies.stream()
				.map((currency) -> StatisticsCell.money(year.getValue().getOrDefault(currency, BigDecimal.ZERO)))
				.toList();
			return new StatisticsRow(label, label, cells);
		}).toList();
		return new StatisticsTable("committed", false, StatisticsTable.MONEY, currencies, rows);
	}

	private static StatisticsRow activities(String label, String shortLabel, long count) {
		return new StatisticsRow(label, shortLabel, List.of(StatisticsCell.published(count)));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
