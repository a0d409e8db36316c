package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes to the audit log that a staff member filed an offer on someone's behalf, by
 * which channel, in the offer's transaction. Offers from the web form are not staff
 * actions and are not audited.
 */
@Component
class StaffFilingAudit {

	static final String ACTION = "offer.filed-by-staff";

	private final AuditLog audit;

	StaffFilingAudit(AuditLog audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void received(OfferReceived event) {
		Offer offer = event.offer();
		offer.events()
			.stream()
			.filter((entry) -> entry.kind() == OfferEventKind.FILED_BY_STAFF)
			.findFirst()
			.ifPresent((filed) -> this.audit.recordAs(filed.actor(), ACTION, offer.trackingCode(),
					"channel=" + offer.channel().name()));
	}

}
