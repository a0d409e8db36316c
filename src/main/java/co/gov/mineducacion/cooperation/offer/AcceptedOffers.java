package co.gov.mineducacion.cooperation.offer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepted offers, as other features may see them: one offer's publishable fields, so the
 * office can turn it into a public activity, and what every accepted offer names (places,
 * projects, ways to cooperate), for counts. Offers in any other status never leave this
 * feature.
 */
@Service
@Transactional(readOnly = true)
public class AcceptedOffers {

	private final AcceptedOfferRepository offers;

	AcceptedOffers(AcceptedOfferRepository offers) {
		this.offers = offers;
	}

	/**
	 * The offer with this filing number, if it was accepted.
	 */
	public Optional<AcceptedOffer> accepted(String trackingCode) {
		return this.offers.findByTrackingCode(trackingCode)
			.filter((offer) -> offer.status() == OfferStatus.ACCEPTED)
			.map(AcceptedOffers::publishable);
	}

	/**
	 * What each accepted offer names, without any text of the offer: for aggregated
	 * counts only.
	 */
	public List<Facts> facts() {
		return this.offers.findByStatus(OfferStatus.ACCEPTED)
			.stream()
			.map((o) -> new Facts(Set.copyOf(o.departments()), o.isNationalScope(), Set.copyOf(o.strategicProjects()),
					Set.copyOf(o.actionTypes())))
			.toList();
	}

	private static AcceptedOffer publishable(Offer o) {
		return new AcceptedOffer(o.trackingCode(), o.organizationName(), o.title(), o.description(),
				o.preferredLanguage(), Set.copyOf(o.actionTypes()), Set.copyOf(o.strategicProjects()),
				Set.copyOf(o.departments()), o.isNationalScope(), o.contribution().kind(), o.contribution().startDate(),
				o.contribution().endDate());
	}

	/**
	 * The departments (DIVIPOLA codes), national scope, strategic projects and ways to
	 * cooperate one accepted offer names.
	 */
	public record Facts(Set<String> departments, boolean nationalScope, Set<String> strategicProjects,
			Set<String> actionTypes) {
	}

}
