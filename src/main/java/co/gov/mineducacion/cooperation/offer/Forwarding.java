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
 * @param documentsAttached whether staff chose to send the offer's documents with the
 * email (otherwise it names them, and the office sends them on request)
 * @param late whether it was forwarded after the term the law gives
 * @param at when it was forwarded
 */
@Embeddable
public record Forwarding(@Column(name = "forwarded_to_name") String entityName,
		@Column(name = "forwarded_to_email") String entityEmail,
		@Column(name = "forwarded_documents_attached") Boolean documentsAttached,
		@Column(name = "forwarded_late") Boolean late, @Column(name = "forwarded_at") Instant at) {

	public boolean isLate() {
		return Boolean.TRUE.equals(this.late);
	}

	public boolean hasDocumentsAttached() {
		return Boolean.TRUE.equals(this.documentsAttached);
	}

}
