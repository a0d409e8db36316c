package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A document sent with an offer or with an answer to the office, its type decided by its
 * content.
 */
@Entity
@Table(name = "offer_attachment")
class OfferAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID publicId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id")
	private Offer offer;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private Instant uploadedAt;

	protected OfferAttachment() {
	}

	OfferAttachment(Offer offer, InspectedFile file, Instant uploadedAt) {
		this.publicId = UUID.randomUUID();
		this.offer = offer;
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.content = file.content();
		this.uploadedAt = uploadedAt;
	}

	UUID publicId() {
		return this.publicId;
	}

	byte[] content() {
		return this.content;
	}

	String fileName() {
		return this.fileName;
	}

	String mediaType() {
		return this.mediaType;
	}

	long sizeBytes() {
		return this.sizeBytes;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

}
