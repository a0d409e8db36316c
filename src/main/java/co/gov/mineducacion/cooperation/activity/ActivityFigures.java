package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import co.gov.mineducacion.cooperation.offer.AcceptedOffers;
import co.gov.mineducacion.cooperation.territory.CooperationFigures;
import co.gov.mineducacion.cooperation.territory.CooperationFigures.DepartmentFigures;
import co.gov.mineducacion.cooperation.territory.CooperationFigures.MunicipalityFigures;
import co.gov.mineducacion.cooperation.territory.TerritoryFigures;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts cooperation by department for the map and the open data: an activity counts in
 * every department it works in (its own and its cities') and in each of its
 * municipalities, an accepted offer in every department it names. Offers are only
 * counted, never described.
 */
@Component
class ActivityFigures implements TerritoryFigures {

	private final ActivityRepository activities;

	private final AcceptedOffers offers;

	private final Clock clock;

	ActivityFigures(ActivityRepository activities, AcceptedOffers offers, Clock clock) {
		this.activities = activities;
		this.offers = offers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CooperationFigures figures() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Colombia.TIME_ZONE);
		Map<String, long[]> counts = new HashMap<>();
		Map<String, long[]> places = new TreeMap<>();
		for (Activity activity : this.activities.findAllByOrderByStartDateDescIdDesc()) {
			boolean underWay = activity.statusOn(today) == ActivityStatus.UNDER_WAY;
			for (String department : activity.allDepartments()) {
				count(counts.computeIfAbsent(department, (d) -> new long[3]), underWay);
			}
			activity.cities()
				.stream()
				.map(City::code)
				.distinct()
				.forEach((code) -> count(places.computeIfAbsent(code, (c) -> new long[2]), underWay));
		}
		long national = 0;
		for (AcceptedOffers.Facts offer : this.offers.facts()) {
			offer.departments().forEach((department) -> counts.computeIfAbsent(department, (d) -> new long[3])[2]++);
			national += offer.nationalScope() ? 1 : 0;
		}
		Map<String, DepartmentFigures> byDepartment = new TreeMap<>();
		counts.forEach((code, c) -> byDepartment.put(code, new DepartmentFigures(c[0], c[1], c[2])));
		Map<String, MunicipalityFigures> byMunicipality = new TreeMap<>();
		places.forEach((code, c) -> byMunicipality.put(code, new MunicipalityFigures(c[0], c[1])));
		return new CooperationFigures(byDepartment, byMunicipality, national);
	}

	private static void count(long[] counts, boolean underWay) {
		counts[0] += underWay ? 1 : 0;
		counts[1]++;
	}

}
