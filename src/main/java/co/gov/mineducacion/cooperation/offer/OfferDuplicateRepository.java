package co.gov.mineducacion.cooperation.offer;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Other offers that may repeat a given one, for the office: same tax id, same contact
 * email, or a similar title or organisation name (pg_trgm, accents ignored).
 */
interface OfferDuplicateRepository extends Repository<Offer, Long> {

	/**
	 * Candidates first narrowed with the indexes (tax id, email, trigram {@code %}), then
	 * kept when the match is strong: an exact tax id or email, a clearly similar title,
	 * or a similar organisation with a somewhat similar title. Strongest first.
	 */
	@Query(value = """
			SELECT o.* FROM offer o
			CROSS JOIN (SELECT search_unaccent(lower(CAST(:title AS TEXT))) AS title,
			                   search_unaccent(lower(CAST(:organization AS TEXT))) AS organization) AS given
			WHERE o.id <> :id
			  AND ((CAST(:taxId AS TEXT) IS NOT NULL AND o.tax_id = CAST(:taxId AS TEXT))
			    OR lower(o.contact_email) = lower(CAST(:email AS TEXT))
			    OR search_unaccent(lower(o.title)) % given.title
			    OR search_unaccent(lower(o.organization_name)) % given.organization)
			  AND ((CAST(:taxId AS TEXT) IS NOT NULL AND o.tax_id = CAST(:taxId AS TEXT))
			    OR lower(o.contact_email) = lower(CAST(:email AS TEXT))
			    OR similarity(search_unaccent(lower(o.title)), given.title) >= 0.5
			    OR (similarity(search_unaccent(lower(o.organization_name)), given.organization) >= 0.6
			        AND similarity(search_unaccent(lower(o.title)), given.title) >= 0.3))
			ORDER BY ((CAST(:taxId AS TEXT) IS NOT NULL AND o.tax_id = CAST(:taxId AS TEXT))
			          OR lower(o.contact_email) = lower(CAST(:email AS TEXT))) DESC,
			         similarity(search_unaccent(lower(o.title)), given.title) DESC,
			         o.received_at DESC
			LIMIT 10""", nativeQuery = true)
	List<Offer> findPossibleDuplicates(Long id, String taxId, String email, String organization, String title);

}
