package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OfferStatisticsRepository extends Repository<Offer, Long> {

	@Query(value = """
			SELECT to_char(o.received_at AT TIME ZONE 'America/Bogota', 'YYYY-MM') AS month, count(*)
			FROM offer o WHERE o.received_at >= :from
			GROUP BY 1 ORDER BY 1""", nativeQuery = true)
	List<Object[]> receivedPerMonth(Instant from);

	@Query(value = "SELECT o.status, count(*) FROM offer o GROUP BY o.status", nativeQuery = true)
	List<Object[]> byStatus();

	@Query(value = "SELECT o.sector, count(*) FROM offer o GROUP BY o.sector", nativeQuery = true)
	List<Object[]> bySector();

	@Query(value = "SELECT o.channel, count(*) FROM offer o GROUP BY o.channel", nativeQuery = true)
	List<Object[]> byChannel();

	@Query(value = """
			SELECT a.action_type_code, count(*) FROM offer_action_type a
			GROUP BY a.action_type_code""", nativeQuery = true)
	List<Object[]> byActionType();

	@Query(value = """
			SELECT p.project_code, count(*) FROM offer_strategic_project p
			GROUP BY p.project_code""", nativeQuery = true)
	List<Object[]> byStrategicProject();

	@Query(value = """
			SELECT CAST(d.divipola_code AS TEXT), count(*) FROM offer_department d
			GROUP BY d.divipola_code""", nativeQuery = true)
	List<Object[]> byDepartment();

	long countByNationalScopeTrue();

	@Query("""
			select new co.gov.mineducacion.cooperation.offer.RunningClock(
				o.responseClockStartedAt, o.responseExtendedUntil)
			from Offer o where o.status in :statuses and o.responseClockStartedAt < :cutoff""")
	List<RunningClock> runningClocksStartedBefore(Collection<OfferStatus> statuses, Instant cutoff);

	// Public statistics: offers received from :from on and, of them, those now accepted.

	@Query(value = """
			SELECT to_char(o.received_at AT TIME ZONE 'America/Bogota', 'YYYY-MM'), count(*),
			    count(*) FILTER (WHERE o.status = 'ACCEPTED')
			FROM offer o WHERE o.received_at >= :from GROUP BY 1""", nativeQuery = true)
	List<Object[]> receivedAndAcceptedPerMonth(Instant from);

	@Query(value = """
			SELECT o.sector, count(*), count(*) FILTER (WHERE o.status = 'ACCEPTED')
			FROM offer o WHERE o.received_at >= :from GROUP BY o.sector""", nativeQuery = true)
	List<Object[]> receivedAndAcceptedBySector(Instant from);

	@Query(value = """
			SELECT o.channel, count(*), count(*) FILTER (WHERE o.status = 'ACCEPTED')
			FROM offer o WHERE o.received_at >= :from GROUP BY o.channel""", nativeQuery = true)
	List<Object[]> receivedAndAcceptedByChannel(Instant from);

	@Query(value = """
			SELECT a.action_type_code, count(*), count(*) FILTER (WHERE o.status = 'ACCEPTED')
			FROM offer_action_type a JOIN offer o ON o.id = a.offer_id
			WHERE o.received_at >= :from GROUP BY a.action_type_code""", nativeQuery = true)
	List<Object[]> receivedAndAcceptedByActionType(Instant from);

	@Query(value = """
			SELECT p.project_code, count(*), count(*) FILTER (WHERE o.status = 'ACCEPTED')
			FROM offer_strategic_project p JOIN offer o ON o.id = p.offer_id
			WHERE o.received_at >= :from GROUP BY p.project_code""", nativeQuery = true)
	List<Object[]> receivedAndAcceptedByProject(Instant from);

	/**
	 * Offers received from {@code from} on that the office has answered, by day of
	 * receipt and day of the first answer (in Bogotá): few rows, however many offers.
	 */
	@Query(value = """
			SELECT CAST(o.received_at AT TIME ZONE 'America/Bogota' AS DATE),
			    CAST(a.answered_at AT TIME ZONE 'America/Bogota' AS DATE), count(*)
			FROM offer o JOIN (SELECT e.offer_id, min(e.occurred_at) AS answered_at FROM offer_event e
			    WHERE e.kind IN (:answers) GROUP BY e.offer_id) a ON a.offer_id = o.id
			WHERE o.received_at >= :from GROUP BY 1, 2""", nativeQuery = true)
	List<Object[]> firstAnswers(Instant from, Collection<String> answers);

}
