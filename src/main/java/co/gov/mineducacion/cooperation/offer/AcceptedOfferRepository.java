package co.gov.mineducacion.cooperation.offer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/**
 * Reads offers for {@link AcceptedOffers}.
 */
interface AcceptedOfferRepository extends Repository<Offer, Long> {

	Optional<Offer> findByTrackingCode(String trackingCode);

	@EntityGraph(attributePaths = { "departments", "strategicProjects", "actionTypes" })
	List<Offer> findByStatus(OfferStatus status);

}
