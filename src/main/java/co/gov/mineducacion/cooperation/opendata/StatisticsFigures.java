package co.gov.mineducacion.cooperation.opendata;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.offer.OfferStatistics;
import co.gov.mineducacion.cooperation.offer.OfferTally;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.territory.TerritoryFigures;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The numbers behind {@code /statistics}, in no language: offers received in the last 24
 * months (this one included) and accepted among them (also by channel: web form, phone,
 * in person, email, post), activities by department, goal and cooperation type, money
 * committed by year and currency, and response times. Kept for
 * {@code portal.cache.time-to-live}, since every visitor of a public page would otherwise
 * count every offer again.
 */
@Service
class StatisticsFigures {

	static final String CACHE = "statistics";

	static final int MONTHS = 24;

	private final OfferStatistics offers;

	private final TerritoryFigures territory;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final ActivityService activities;

	StatisticsFigures(OfferStatistics offers, TerritoryFigures territory, BusinessCalendar calendar, Clock clock,
			ActivityService activities) {
		this.offers = offers;
		this.territory = territory;
		this.calendar = calendar;
		this.clock = clock;
		this.activities = activities;
	}

	@Cacheable(cacheNames = CACHE, key = "'figures'", sync = true)
	public Figures figures() {
		YearMonth last = YearMonth.now(this.clock.withZone(Colombia.TIME_ZONE));
		YearMonth first = last.minusMonths(MONTHS - 1);
		Instant from = periodStart(first);
		Map<String, Long> activities = this.territory.figures()
			.byDepartment()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().activities() > 0)
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().activities()));
		return new Figures(first, last, this.offers.receivedAndAcceptedPerMonth(from),
				this.offers.receivedAndAcceptedBySector(from), this.offers.receivedAndAcceptedByActionType(from),
				this.offers.receivedAndAcceptedByStrategicProject(from), activities,
				ActivityTallies.of(this.activities.records()),
				ResponseTimes.of(this.offers.firstAnswers(from), this.calendar),
				this.offers.receivedAndAcceptedByChannel(from));
	}

	/**
	 * The first instant of the period in Bogotá: offers received from it on are counted.
	 */
	static Instant periodStart(YearMonth first) {
		return first.atDay(1).atStartOfDay(Colombia.TIME_ZONE).toInstant();
	}

	/**
	 * The period's numbers. Tallies list only codes with offers.
	 */
	record Figures(YearMonth first, YearMonth last, List<OfferTally> months, List<OfferTally> sectors,
			List<OfferTally> actionTypes, List<OfferTally> projects, Map<String, Long> activitiesByDepartment,
			ActivityTallies activityTallies, ResponseTimes responseTimes, List<OfferTally> channels) {

		Figures {
			channels = List.copyOf(channels);
			months = List.copyOf(months);
			sectors = List.copyOf(sectors);
			actionTypes = List.copyOf(actionTypes);
			projects = List.copyOf(projects);
			activitiesByDepartment = Map.copyOf(activitiesByDepartment);
		}

	}

}
