package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityReference;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.Money;
import co.gov.mineducacion.cooperation.activity.MoneyFormat;
import co.gov.mineducacion.cooperation.offer.OfferOutline;
import co.gov.mineducacion.cooperation.offer.OfferOutlines;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.stereotype.Component;

/**
 * Counts what meets each need. An accepted offer naming the need counts its estimated
 * value (an amount need, in the need's currency only: amounts are never converted) or one
 * unit (a count need); an activity linked to the need counts its budget in the need's
 * currency, or one unit, unless it comes from one of those offers (never twice).
 */
@Component
class NeedTally {

	private final OfferOutlines offers;

	private final ActivityService activities;

	NeedTally(OfferOutlines offers, ActivityService activities) {
		this.offers = offers;
		this.activities = activities;
	}

	/**
	 * The progress of each need, by slug.
	 */
	Map<String, NeedProgress> progress(List<Need> needs, Locale locale) {
		Map<String, List<OfferOutline>> accepted = this.offers.answeringNeeds()
			.stream()
			.filter((o) -> o.status() == OfferStatus.ACCEPTED)
			.collect(Collectors.groupingBy(OfferOutline::need));
		Map<String, ActivityRecord> activities = needs.stream().anyMatch((n) -> !n.activities().isEmpty())
				? this.activities.records()
					.stream()
					.collect(Collectors.toMap(ActivityRecord::slug, Function.identity()))
				: Map.of();
		return needs.stream()
			.collect(Collectors.toMap(Need::slug,
					(n) -> progress(n, accepted.getOrDefault(n.slug(), List.of()), activities, locale)));
	}

	private NeedProgress progress(Need need, List<OfferOutline> accepted, Map<String, ActivityRecord> all,
			Locale locale) {
		Set<String> fromOffers = new HashSet<>();
		accepted.forEach((o) -> this.activities.fromOffer(o.trackingCode())
			.map(ActivityReference::slug)
			.ifPresent(fromOffers::add));
		List<ActivityRecord> linked = need.activities()
			.stream()
			.filter((slug) -> !fromOffers.contains(slug))
			.map(all::get)
			.filter((a) -> a != null)
			.toList();
		Sought sought = need.sought();
		BigDecimal met;
		if (sought.isAmount()) {
			met = accepted.stream()
				.filter((o) -> sought.currency().equals(o.currency()) && o.estimatedValue() != null)
				.map(OfferOutline::estimatedValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.add(linked.stream()
					.map((a) -> (a.funding() != null) ? a.funding().budget() : null)
					.filter((m) -> m != null && sought.currency().equals(m.currency()))
					.map(Money::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		else {
			met = BigDecimal.valueOf(accepted.size() + linked.size());
		}
		return new NeedProgress(sought.value(), met, text(sought, sought.value(), locale), text(sought, met, locale),
				accepted.size(), linked.size());
	}

	/**
	 * An amount or a count of the need's kind as readers read it: "$ 5.000.000" or "20
	 * tutores".
	 */
	static String text(Sought sought, BigDecimal value, Locale locale) {
		if (sought.isAmount()) {
			return MoneyFormat.format(value, sought.currency(), locale);
		}
		NumberFormat count = NumberFormat
			.getIntegerInstance(Languages.isEnglish(locale) ? Locale.US : Locale.forLanguageTag("es-CO"));
		return count.format(value) + " " + sought.unit().in(locale);
	}

}
