package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the offers whose submitters let their term to answer the office pass (Ley 1755
 * de 2015, art. 17: desistimiento tácito), the day after it ends. Each offer is closed in
 * its own transaction with its email, history entry and audit line, so one offer's
 * failure never stops the others. Running it again changes nothing: an offer already
 * closed, answered meanwhile, or changed since it was listed is left alone (a changed one
 * is looked at again on the next run).
 */
@Service
public class TacitWithdrawals {

	private static final Logger logger = LoggerFactory.getLogger(TacitWithdrawals.class);

	private final OfferRepository offers;

	private final LegalTerms terms;

	private final Clock clock;

	private final TransactionTemplate transactions;

	TacitWithdrawals(OfferRepository offers, LegalTerms terms, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.offers = offers;
		this.terms = terms;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Closes every offer whose submitter's term ended before today; returns how many.
	 */
	public int withdrawOverdue() {
		LocalDate today = LegalTerms.day(this.clock.instant());
		List<Object[]> waiting = this.transactions.execute(
				(status) -> this.offers.findWaitingForAnswerSince(this.terms.informationRequestsOverdueBefore(today)));
		int closed = 0;
		for (Object[] row : waiting) {
			long id = ((Number) row[0]).longValue();
			long version = ((Number) row[1]).longValue();
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> withdrawIfOverdue(id, version, today)))) {
					closed++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				logger.info("Offer #{} changed while being closed as tacitly withdrawn; left for the next run", id);
			}
			catch (RuntimeException ex) {
				logger.error("Offer #{} could not be closed as tacitly withdrawn; the others go on", id, ex);
			}
		}
		return closed;
	}

	private boolean withdrawIfOverdue(long id, long version, LocalDate today) {
		Offer offer = this.offers.findById(id).orElse(null);
		if (offer == null || offer.version() != version || !offer.isTacitlyWithdrawable(this.terms, today)) {
			return false;
		}
		offer.withdrawTacitly(this.terms, today, this.clock.instant());
		this.offers.save(offer);
		return true;
	}

}
