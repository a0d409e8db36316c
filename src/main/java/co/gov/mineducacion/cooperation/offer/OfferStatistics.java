package co.gov.mineducacion.cooperation.offer;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of offers for the office's dashboard and the public statistics, each one SQL
 * {@code GROUP BY}. Offers that name several ways to cooperate, projects or departments
 * count once under each.
 */
@Service
@Transactional(readOnly = true)
public class OfferStatistics {

	private static final Set<OfferEventKind> ANSWERS = EnumSet.of(OfferEventKind.ACCEPTED, OfferEventKind.DECLINED,
			OfferEventKind.INFORMATION_REQUESTED, OfferEventKind.CLOSED_AS_DUPLICATE);

	private final OfferStatisticsRepository offers;

	OfferStatistics(OfferStatisticsRepository offers) {
		this.offers = offers;
	}

	/**
	 * Offers by status; statuses without offers are absent.
	 */
	public List<OfferCount> byStatus() {
		return counts(this.offers.byStatus());
	}

	/**
	 * Offers received from {@code from} on, by month of receipt in Bogotá
	 * ({@code yyyy-MM}); months without offers are absent.
	 */
	public List<OfferCount> receivedPerMonth(Instant from) {
		return counts(this.offers.receivedPerMonth(from));
	}

	public List<OfferCount> bySector() {
		return counts(this.offers.bySector());
	}

	/**
	 * Offers by how they reached the office ({@link OfferChannel} names); channels
	 * without offers are absent.
	 */
	public List<OfferCount> byChannel() {
		return counts(this.offers.byChannel());
	}

	public List<OfferCount> byActionType() {
		return counts(this.offers.byActionType());
	}

	public List<OfferCount> byStrategicProject() {
		return counts(this.offers.byStrategicProject());
	}

	/**
	 * Offers by department (DIVIPOLA code); offers for the whole country are counted by
	 * {@link #nationalScope()} instead.
	 */
	public List<OfferCount> byDepartment() {
		return counts(this.offers.byDepartment());
	}

	public long nationalScope() {
		return this.offers.countByNationalScopeTrue();
	}

	/**
	 * The response clocks running (offers awaiting the office's answer) that started
	 * before {@code cutoff}, with the date the office extended each to, if it did: the
	 * dashboard works out which of them are overdue.
	 */
	public List<RunningClock> runningClocksStartedBefore(Instant cutoff) {
		return this.offers.runningClocksStartedBefore(OfferStatus.awaitingTheOffice(), cutoff);
	}

	/**
	 * Offers received from {@code from} on, and of them those now accepted, by month of
	 * receipt in Bogotá ({@code yyyy-MM}); months without offers are absent.
	 */
	public List<OfferTally> receivedAndAcceptedPerMonth(Instant from) {
		return tallies(this.offers.receivedAndAcceptedPerMonth(from));
	}

	public List<OfferTally> receivedAndAcceptedBySector(Instant from) {
		return tallies(this.offers.receivedAndAcceptedBySector(from));
	}

	public List<OfferTally> receivedAndAcceptedByChannel(Instant from) {
		return tallies(this.offers.receivedAndAcceptedByChannel(from));
	}

	public List<OfferTally> receivedAndAcceptedByActionType(Instant from) {
		return tallies(this.offers.receivedAndAcceptedByActionType(from));
	}

	public List<OfferTally> receivedAndAcceptedByStrategicProject(Instant from) {
		return tallies(this.offers.receivedAndAcceptedByProject(from));
	}

	/**
	 * When the offers received from {@code from} on were first answered by the office
	 * (the events that stop the response clock with a decision or a request); offers not
	 * answered yet are absent.
	 */
	public List<FirstAnswers> firstAnswers(Instant from) {
		List<String> answers = ANSWERS.stream().map(Enum::name).toList();
		return this.offers.firstAnswers(from, answers)
			.stream()
			.map((row) -> new FirstAnswers(day(row[0]), day(row[1]), ((Number) row[2]).longValue()))
			.toList();
	}

	private static LocalDate day(Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	private static List<OfferTally> tallies(List<Object[]> rows) {
		return rows.stream()
			.map((row) -> new OfferTally((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
			.toList();
	}

	private static List<OfferCount> counts(List<Object[]> rows) {
		return rows.stream().map((row) -> new OfferCount((String) row[0], ((Number) row[1]).longValue())).toList();
	}

}
