package co.gov.mineducacion.cooperation.offer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers as the needs feature sees them: those naming a need (its progress counts the
 * accepted ones) and those the office may still match with a need.
 */
@Service
@Transactional(readOnly = true)
public class OfferOutlines {

	/** Offers still in the office's hands or accepted: the ones worth matching. */
	static final Set<OfferStatus> MATCHABLE = EnumSet.of(OfferStatus.RECEIVED, OfferStatus.IN_REVIEW,
			OfferStatus.MORE_INFORMATION_REQUESTED, OfferStatus.ACCEPTED);

	private final OfferRepository offers;

	OfferOutlines(OfferRepository offers) {
		this.offers = offers;
	}

	/**
	 * Every offer that names a need, whatever its status, the earliest first.
	 */
	public List<OfferOutline> answeringNeeds() {
		return this.offers.findByNeedSlugNotNullOrderByReceivedAt().stream().map(OfferOutlines::outline).toList();
	}

	/**
	 * The offers received, in review, waiting for information, or accepted.
	 */
	public List<OfferOutline> matchable() {
		return this.offers.findByStatusIn(MATCHABLE).stream().map(OfferOutlines::outline).toList();
	}

	private static OfferOutline outline(Offer o) {
		Contribution c = o.contribution();
		return new OfferOutline(o.trackingCode(), o.status(), o.organizationName(), o.title(), o.description(),
				Set.copyOf(o.strategicProjects()), Set.copyOf(o.departments()), Set.copyOf(o.actionTypes()),
				(c != null) ? c.estimatedValue() : null,
				(c != null && c.currency() != null) ? c.currency().name() : null, o.needSlug());
	}

}
