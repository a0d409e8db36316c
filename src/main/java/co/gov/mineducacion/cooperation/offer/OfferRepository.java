package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OfferRepository extends Repository<Offer, Long> {

	Offer save(Offer offer);

	Optional<Offer> findByTrackingCode(String trackingCode);

	Optional<Offer> findByFormToken(String formToken);

	boolean existsByTrackingCode(String trackingCode);

	/**
	 * Offers already received from the same organisation: the same tax id or contact
	 * email, or a similar organisation name with a similar title (pg_trgm).
	 */
	@Query(value = """
			SELECT o.* FROM offer o
			WHERE (CAST(:taxId AS TEXT) IS NOT NULL AND o.tax_id = CAST(:taxId AS TEXT))
			   OR lower(o.contact_email) = lower(:email)
			   OR (similarity(search_unaccent(lower(o.organization_name)), search_unaccent(lower(:organization))) > 0.6
			       AND similarity(search_unaccent(lower(o.title)), search_unaccent(lower(:title))) > 0.4)
			ORDER BY o.received_at DESC
			LIMIT 5""", nativeQuery = true)
	List<Offer> findSimilar(String taxId, String email, String organization, String title);

	List<Offer> findByNeedSlugNotNullOrderByReceivedAt();

	List<Offer> findByStatusIn(java.util.Collection<OfferStatus> statuses);

	Optional<Offer> findById(Long id);

	/**
	 * Offers waiting for the submitter's answer since before {@code requestedBefore}, the
	 * oldest request first, as id and version (served by the partial index
	 * {@code ix_offer_information_requested}, V54).
	 */
	@Query(value = """
			SELECT o.id, o.version FROM offer o
			WHERE o.status = 'MORE_INFORMATION_REQUESTED' AND o.information_requested_at < :requestedBefore
			ORDER BY o.information_requested_at, o.id""", nativeQuery = true)
	List<Object[]> findWaitingForAnswerSince(Instant requestedBefore);

	@Query("select o.status, count(o) from Offer o group by o.status")
	List<Object[]> countByStatus();

}
