package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of an offer's append-only history: who did what, when, and the status before
 * and after.
 */
@Entity
@Immutable
@Table(name = "offer_event")
class OfferEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id")
	private Offer offer;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private OfferEventKind kind;

	@Enumerated(EnumType.STRING)
	private OfferStatus oldStatus;

	@Enumerated(EnumType.STRING)
	private OfferStatus newStatus;

	private String message;

	private boolean visibleToSubmitter;

	protected OfferEvent() {
	}

	OfferEvent(Offer offer, Instant occurredAt, String actor, OfferEventKind kind, OfferStatus oldStatus,
			OfferStatus newStatus, String message, boolean visibleToSubmitter) {
		this.offer = offer;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.kind = kind;
		this.oldStatus = oldStatus;
		this.newStatus = newStatus;
		this.message = message;
		this.visibleToSubmitter = visibleToSubmitter;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	String actor() {
		return this.actor;
	}

	OfferEventKind kind() {
		return this.kind;
	}

	OfferStatus oldStatus() {
		return this.oldStatus;
	}

	OfferStatus newStatus() {
		return this.newStatus;
	}

	String message() {
		return this.message;
	}

	boolean isVisibleToSubmitter() {
		return this.visibleToSubmitter;
	}

}
