package co.gov.mineducacion.cooperation.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutboxMessageRepository extends Repository<OutboxMessage, Long> {

	OutboxMessage save(OutboxMessage message);

	/**
	 * Claims due messages for this transaction; rows another instance holds are skipped.
	 */
	@Query(value = """
			SELECT * FROM outbox_message
			WHERE status = 'PENDING' AND next_attempt_at <= :now
			ORDER BY next_attempt_at, id
			LIMIT :batch
			FOR UPDATE SKIP LOCKED""", nativeQuery = true)
	List<OutboxMessage> claimDue(Instant now, int batch);

	List<OutboxMessage> findAllByOrderById();

	Optional<OutboxMessage> findById(Long id);

	/**
	 * The newest messages given up on.
	 */
	List<OutboxMessage> findTop200ByStatusOrderByIdDesc(OutboxStatus status);

	long countByStatus(OutboxStatus status);

}
