package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes to the audit log what happens to the submitter's term to answer a request for
 * information (Ley 1755 de 2015, art. 17), in the offer's transaction: their request for
 * one more month, and the tacit withdrawal once the term has passed. Details name dates,
 * never what anyone wrote.
 */
@Component
class InformationTermAudit {

	static final String EXTENDED = "offer.information-term-extended";

	static final String TACITLY_WITHDRAWN = "offer.tacitly-withdrawn";

	private final AuditLog audit;

	InformationTermAudit(AuditLog audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void extended(InformationTermExtended event) {
		this.audit.recordAs(Offer.SUBMITTER, EXTENDED, event.offer().trackingCode(), "until " + event.until());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void tacitlyWithdrawn(TacitlyWithdrawn event) {
		this.audit.recordAs(AuditLog.SYSTEM, TACITLY_WITHDRAWN, event.offer().trackingCode(), "due " + event.due());
	}

}
