package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.OrganisationRecord;
import co.gov.mineducacion.cooperation.activity.Money;

/**
 * Activities counted by Sustainable Development Goal and by cooperation type, and the
 * money funders committed summed by year and currency, never converted. A commitment
 * counts in the year of its value date or, without one, of the activity's start: the day
 * the IATI file gives it too.
 *
 * @param bySdg activities per goal number (an activity counts under each of its goals)
 * @param byType activities per cooperation type's name; {@link #NO_TYPE} for those
 * without one
 * @param committed per year, the sum committed in each currency
 */
record ActivityTallies(SortedMap<Integer, Long> bySdg, Map<String, Long> byType,
		SortedMap<Integer, SortedMap<String, BigDecimal>> committed) {

	static final String NO_TYPE = "";

	static ActivityTallies of(List<ActivityRecord> activities) {
		SortedMap<Integer, Long> bySdg = new TreeMap<>();
		Map<String, Long> byType = new TreeMap<>();
		SortedMap<Integer, SortedMap<String, BigDecimal>> committed = new TreeMap<>();
		for (ActivityRecord a : activities) {
			a.funding().sdgs().forEach((goal) -> bySdg.merge(goal, 1L, Long::sum));
			String type = (a.funding().type() != null) ? a.funding().type().name() : NO_TYPE;
			byType.merge(type, 1L, Long::sum);
			for (OrganisationRecord o : a.organisations()) {
				Money money = o.commitment();
				if (money != null) {
					LocalDate day = (money.valueDate() != null) ? money.valueDate() : a.start().firstDay();
					committed.computeIfAbsent(day.getYear(), (year) -> new TreeMap<>())
						.merge(money.currency(), money.amount(), BigDecimal::add);
				}
			}
		}
		return new ActivityTallies(Collections.unmodifiableSortedMap(bySdg), Collections.unmodifiableMap(byType),
				Collections.unmodifiableSortedMap(committed));
	}

}
