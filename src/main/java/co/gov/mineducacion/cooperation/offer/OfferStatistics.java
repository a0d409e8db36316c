package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of offers for the office's dashboard, each one SQL {@code GROUP BY}. Offers that
 * name several ways to cooperate, projects or departments count once under each.
 */
@Service
@Transactional(readOnly = true)
public class OfferStatistics {

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
	 * When each offer still awaiting the office's answer was received, for those received
	 * before {@code cutoff}: the dashboard works out which of them are overdue.
	 */
	public List<Instant> awaitingTheOfficeReceivedBefore(Instant cutoff) {
		return this.offers.awaitingReceivedBefore(OfferStatus.awaitingTheOffice(), cutoff);
	}

	private static List<OfferCount> counts(List<Object[]> rows) {
		return rows.stream().map((row) -> new OfferCount((String) row[0], ((Number) row[1]).longValue())).toList();
	}

}
