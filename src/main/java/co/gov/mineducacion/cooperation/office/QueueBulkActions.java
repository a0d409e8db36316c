package co.gov.mineducacion.cooperation.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import co.gov.mineducacion.cooperation.offer.MessageToSubmitter;
import co.gov.mineducacion.cooperation.offer.OfferNotFoundException;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.office.BulkForm.Selection;
import co.gov.mineducacion.cooperation.office.BulkOutcome.Skipped;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns or moves many offers at once. Each offer goes through the same workflow, the
 * same check of the version the staff member saw and the same email to its submitter as a
 * move on its own page, in a transaction of its own with its audit entry; offers that
 * cannot move are skipped and reported, never silently left behind.
 */
@Service
class QueueBulkActions {

	static final String ASSIGNED = "offer.bulk.assigned";

	static final String STATUS_CHANGED = "offer.bulk.status-changed";

	private final OfferReviewService offers;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	QueueBulkActions(OfferReviewService offers, AuditLog audit, PlatformTransactionManager transactions) {
		this.offers = offers;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Assigns the offers to a staff member, or to nobody when {@code staffId} is
	 * {@code null}.
	 */
	BulkOutcome assign(List<Selection> selected, Long staffId, String actor) {
		return each(selected, "admin.queue.bulk.done.assign", (offer) -> {
			this.offers.assign(offer.trackingCode(), offer.version(), staffId, actor);
			this.audit.record(ASSIGNED, offer.trackingCode(), "assignee=" + ((staffId != null) ? staffId : "none"));
		});
	}

	/**
	 * The move the queue makes to the status named {@code status}, if it makes one.
	 */
	static Optional<ReviewMove> moveTo(String status) {
		return ReviewMove.inBulk().stream().filter((move) -> move.target().name().equals(status)).findFirst();
	}

	/**
	 * Makes the move on the offers; the submitters receive {@code message} (not used by a
	 * move that carries none).
	 */
	BulkOutcome move(List<Selection> selected, ReviewMove move, String message, String actor) {
		return each(selected, "admin.queue.bulk.done.status", (offer) -> {
			this.offers.move(offer.trackingCode(), offer.version(), move, actor, MessageToSubmitter.of(message), null);
			this.audit.record(STATUS_CHANGED, offer.trackingCode(), "status=" + move.target().name());
		});
	}

	private BulkOutcome each(List<Selection> selected, String notice, Consumer<Selection> move) {
		int done = 0;
		List<Skipped> skipped = new ArrayList<>();
		for (Selection offer : selected) {
			try {
				this.transaction.executeWithoutResult((status) -> move.accept(offer));
				done++;
			}
			catch (IllegalOfferTransitionException ex) {
				skipped.add(new Skipped(offer.trackingCode(), "admin.queue.bulk.skipped.notAllowed", ex.from().name()));
			}
			catch (OptimisticLockingFailureException ex) {
				skipped.add(new Skipped(offer.trackingCode(), "admin.queue.bulk.skipped.changedMeanwhile", null));
			}
			catch (OfferNotFoundException ex) {
				skipped.add(new Skipped(offer.trackingCode(), "admin.queue.bulk.skipped.notFound", null));
			}
		}
		return new BulkOutcome(notice, done, skipped);
	}

}
