package co.gov.mineducacion.cooperation.office;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import co.gov.mineducacion.cooperation.offer.OfferNotFoundException;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
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

	/**
	 * The statuses staff move offers to, in workflow order.
	 */
	static final List<OfferStatus> TARGETS = List.of(OfferStatus.IN_REVIEW, OfferStatus.MORE_INFORMATION_REQUESTED,
			OfferStatus.ACCEPTED, OfferStatus.DECLINED);

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
	 * Moves the offers to {@code target}; the submitters receive {@code message} (not
	 * used when review starts).
	 */
	BulkOutcome changeStatus(List<Selection> selected, OfferStatus target, String message, String actor) {
		return each(selected, "admin.queue.bulk.done.status", (offer) -> {
			String code = offer.trackingCode();
			switch (target) {
				case IN_REVIEW -> this.offers.startReview(code, offer.version(), actor);
				case MORE_INFORMATION_REQUESTED ->
					this.offers.requestInformation(code, offer.version(), actor, message);
				case ACCEPTED -> this.offers.accept(code, offer.version(), actor, message);
				case DECLINED -> this.offers.decline(code, offer.version(), actor, message);
				default -> throw new IllegalArgumentException("Staff cannot move offers to " + target);
			}
			this.audit.record(STATUS_CHANGED, code, "status=" + target.name());
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
