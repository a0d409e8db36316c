package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * To whom the office forwarded an offer because the Ministry is not competent (Ley 1755
 * de 2015, art. 21), and how.
 *
 * @param entityName the competent entity, as staff named it
 * @param entityEmail where the offer's content was sent
 * @param documentsListed whether staff chose to tell the entity of the offer's documents
 * (listed by name, available from the office on request)
 * @param late whether it was forwarded after the term the law gives
 * @param at when it was forwarded
 */
@Embeddable
public record Forwarding(@Column(name = "forwarded_to_name") String entityName,
		@Column(name = "forwarded_to_email") String entityEmail,
		@Column(name = "forwarded_documents_listed") Boolean documentsListed,
		@Column(name = "forwarded_late") Boolean late, @Column(name = "forwarded_at") Instant at) {

	public boolean isLate() {
		return Boolean.TRUE.equals(this.late);
	}

	public boolean listsDocuments() {
		return Boolean.TRUE.equals(this.documentsListed);
	}

}
