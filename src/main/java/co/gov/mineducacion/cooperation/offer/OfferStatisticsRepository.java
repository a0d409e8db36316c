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

	@Query("select o.receivedAt from Offer o where o.status in :statuses and o.receivedAt < :cutoff")
	List<Instant> awaitingReceivedBefore(Collection<OfferStatus> statuses, Instant cutoff);

}
