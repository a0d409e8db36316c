package co.gov.mineducacion.cooperation.dataprotection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A data subject's consult, correction or deletion request: recorded by an ADMIN,
 * answered once, within {@link #dueOn()}.
 */
@Entity
class DataSubjectRequest {

	enum Status {

		OPEN, ANSWERED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DataRequestKind kind;

	private LocalDate receivedOn;

	private LocalDate dueOn;

	private String requesterName;

	private String requesterEmail;

	private String offerTrackingCode;

	private String description;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String recordedBy;

	private Instant recordedAt;

	private String answer;

	private String answeredBy;

	private Instant answeredAt;

	@Version
	private long version;

	protected DataSubjectRequest() {
	}

	DataSubjectRequest(DataRequestKind kind, LocalDate receivedOn, LocalDate dueOn, String requesterName,
			String requesterEmail, String offerTrackingCode, String description, String recordedBy,
			Instant recordedAt) {
		this.kind = kind;
		this.receivedOn = receivedOn;
		this.dueOn = dueOn;
		this.requesterName = requesterName;
		this.requesterEmail = requesterEmail.toLowerCase(java.util.Locale.ROOT);
		this.offerTrackingCode = (offerTrackingCode == null || offerTrackingCode.isBlank()) ? null
				: offerTrackingCode.strip().toUpperCase(java.util.Locale.ROOT);
		this.description = description;
		this.status = Status.OPEN;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * Records the answer. A request is answered once.
	 */
	void answer(String text, String by, Instant at) {
		if (this.status != Status.OPEN) {
			throw new IllegalStateException("Request " + this.id + " is answered already");
		}
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = at;
		this.status = Status.ANSWERED;
	}

	Long id() {
		return this.id;
	}

	DataRequestKind kind() {
		return this.kind;
	}

	LocalDate receivedOn() {
		return this.receivedOn;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	String requesterName() {
		return this.requesterName;
	}

	String requesterEmail() {
		return this.requesterEmail;
	}

	String offerTrackingCode() {
		return this.offerTrackingCode;
	}

	String description() {
		return this.description;
	}

	Status status() {
		return this.status;
	}

	String answer() {
		return this.answer;
	}

	String answeredBy() {
		return this.answeredBy;
	}

	Instant answeredAt() {
		return this.answeredAt;
	}

	long version() {
		return this.version;
	}

}
