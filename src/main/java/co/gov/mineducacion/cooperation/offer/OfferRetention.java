package co.gov.mineducacion.cooperation.offer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the contact data of closed offers (Ley 1581 de 2012): the contact person's
 * name, position, email, telephone, the tax id, the address the consent came from, the
 * documents and the text of the messages in the history. What the offer was about, its
 * statuses and dates stay, so the office's figures still add up.
 * <p>
 * Offers are claimed with {@code FOR UPDATE SKIP LOCKED} and marked when done, so the job
 * is idempotent and two instances running it at once never touch the same offer.
 */
@Service
public class OfferRetention {

	/**
	 * Statuses after which the office keeps no contact data beyond the retention period.
	 */
	static final List<OfferStatus> CLOSED_WITHOUT_COOPERATION = Arrays.stream(OfferStatus.values())
		.filter((status) -> !status.isOpen() && status != OfferStatus.ACCEPTED)
		.toList();

	private final JdbcClient jdbc;

	private final Clock clock;

	OfferRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Anonymises up to {@code batchSize} offers closed without cooperation whose last
	 * change is before {@code closedBefore}; returns how many.
	 */
	@Transactional
	public int anonymiseClosedBefore(Instant closedBefore, int batchSize) {
		List<Long> ids = this.jdbc.sql("""
				SELECT id FROM offer
				WHERE contact_data_anonymised_at IS NULL AND status IN (:statuses) AND updated_at < :cutoff
				ORDER BY updated_at, id
				LIMIT :batch
				FOR UPDATE SKIP LOCKED""")
			.param("statuses", CLOSED_WITHOUT_COOPERATION.stream().map(Enum::name).toList())
			.param("cutoff", Timestamp.from(closedBefore))
			.param("batch", batchSize)
			.query(Long.class)
			.list();
		anonymise(ids);
		return ids.size();
	}

	/**
	 * Anonymises one offer at a data subject's request, when it is closed. Returns false
	 * when there is no such offer, it is still under review or accepted (the office
	 * decides it first), or it is anonymised already.
	 */
	@Transactional
	public boolean anonymiseAtRequest(String trackingCode) {
		List<Long> ids = this.jdbc.sql("""
				SELECT id FROM offer
				WHERE tracking_code = :code AND contact_data_anonymised_at IS NULL AND status IN (:statuses)
				FOR UPDATE""")
			.param("code", trackingCode)
			.param("statuses", CLOSED_WITHOUT_COOPERATION.stream().map(Enum::name).toList())
			.query(Long.class)
			.list();
		anonymise(ids);
		return !ids.isEmpty();
	}

	private void anonymise(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				UPDATE offer SET contact_name = '—', contact_position = NULL,
				       contact_email = 'anonimizado+' || lower(tracking_code) || '@invalid',
				       contact_phone = NULL, contact_postal_address = NULL, tax_id = NULL,
				       contact_data_anonymised_at = :now, version = version + 1
				WHERE id IN (:ids)""").param("now", now).param("ids", ids).update();
		this.jdbc.sql("UPDATE personal_data_consent SET client_address = '—' WHERE offer_id IN (:ids)")
			.param("ids", ids)
			.update();
		this.jdbc.sql("DELETE FROM offer_attachment WHERE offer_id IN (:ids)").param("ids", ids).update();
		this.jdbc.sql("SET LOCAL portal.anonymising = 'on'").update();
		this.jdbc.sql("UPDATE offer_event SET message = NULL WHERE offer_id IN (:ids) AND message IS NOT NULL")
			.param("ids", ids)
			.update();
		this.jdbc.sql("SET LOCAL portal.anonymising = 'off'").update();
	}

}
