package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A checked document held between the review step and the confirmation of an offer.
 */
@Entity
@Table(name = "staged_upload")
class StagedUpload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String formToken;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private byte[] content;

	private Instant uploadedAt;

	protected StagedUpload() {
	}

	StagedUpload(String formToken, InspectedFile file, Instant uploadedAt) {
		this.formToken = formToken;
		this.fileName = file.fileName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.content = file.content();
		this.uploadedAt = uploadedAt;
	}

	InspectedFile file() {
		return new InspectedFile(this.fileName, this.mediaType, this.content, this.sha256);
	}

	String fileName() {
		return this.fileName;
	}

	long sizeBytes() {
		return this.sizeBytes;
	}

}
