package co.gov.mineducacion.cooperation.need;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.gov.mineducacion.cooperation.offer.OfferOutline;
import co.gov.mineducacion.cooperation.offer.OfferOutlines;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches offers and needs both ways ({@link Fit}): on an offer's page, the open needs
 * that fit it; on a need's staff page, the offers that fit it. Best first, at most
 * {@value #TOP}, each explained in words.
 */
@Service
@Transactional(readOnly = true)
public class NeedMatching {

	static final int TOP = 5;

	private final NeedService needs;

	private final OfferOutlines offers;

	private final MessageSource messages;

	NeedMatching(NeedService needs, OfferOutlines offers, MessageSource messages) {
		this.needs = needs;
		this.offers = offers;
		this.messages = messages;
	}

	/**
	 * The open needs that fit the offer, other than the one it names.
	 */
	public List<NeedMatch> needsFor(ReviewDetails offer, Locale locale) {
		return this.needs.openNeeds()
			.stream()
			.filter((n) -> !n.slug().equals(offer.need()))
			.map((n) -> Map.entry(n,
					Fit.between(n, offer.strategicProjects(), offer.departments(), offer.actionTypes(), offer.title(),
							offer.description())))
			.filter((e) -> e.getValue().isAny())
			.sorted(Comparator.comparing((Map.Entry<Need, Fit> e) -> -e.getValue().score())
				.thenComparing((e) -> e.getKey().dueDate()))
			.limit(TOP)
			.map((e) -> new NeedMatch(e.getKey().slug(), e.getKey().title().in(locale),
					e.getValue().explain(this.messages, locale)))
			.toList();
	}

	/**
	 * The title of the need the offer names, in the reader's language, if it names one.
	 */
	public Optional<String> namedBy(ReviewDetails offer, Locale locale) {
		return Optional.ofNullable(offer.need()).map((slug) -> this.needs.need(slug).title().in(locale));
	}

	/**
	 * The offers in the office's hands or accepted that fit the need, other than those
	 * that already name it.
	 */
	List<OfferMatch> offersFor(String slug, Locale locale) {
		Need need = this.needs.need(slug);
		return this.offers.matchable()
			.stream()
			.filter((o) -> !Objects.equals(o.need(), slug))
			.map((o) -> Map.entry(o,
					Fit.between(need, o.strategicProjects(), o.departments(), o.actionTypes(), o.title(),
							o.description())))
			.filter((e) -> e.getValue().isAny())
			.sorted(Comparator.comparing((Map.Entry<OfferOutline, Fit> e) -> -e.getValue().score())
				.thenComparing((e) -> e.getKey().trackingCode()))
			.limit(TOP)
			.map((e) -> match(e.getKey(), e.getValue().explain(this.messages, locale)))
			.toList();
	}

	/**
	 * The offers that name the need, whatever their status, the earliest first.
	 */
	List<OfferMatch> offersNaming(String slug) {
		return this.offers.answeringNeeds()
			.stream()
			.filter((o) -> slug.equals(o.need()))
			.map((o) -> match(o, null))
			.toList();
	}

	private static OfferMatch match(OfferOutline o, String explanation) {
		return new OfferMatch(o.trackingCode(), o.title(), o.organizationName(), o.status(), explanation);
	}

}
