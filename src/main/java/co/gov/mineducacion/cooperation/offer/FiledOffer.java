package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;

/**
 * An offer a staff member filed on someone's behalf, as its receipt shows it.
 *
 * @param trackingCode the filing number to read out
 * @param receivedAt when the person made the offer: the response clock starts then
 * @param channel how it reached the office
 * @param preferredLanguage {@code es} or {@code en}: the language of the receipt
 * @param emailed whether the filing number was also emailed to the person
 * @param filedBy the staff member who filed it
 */
public record FiledOffer(String trackingCode, Instant receivedAt, OfferChannel channel, String organizationName,
		String contactName, String title, List<String> actionTypes, String preferredLanguage, boolean emailed,
		String filedBy) {

	public FiledOffer {
		actionTypes = List.copyOf(actionTypes);
	}

	static FiledOffer of(Offer offer) {
		String filedBy = offer.events()
			.stream()
			.filter((entry) -> entry.kind() == OfferEventKind.FILED_BY_STAFF)
			.map(OfferEvent::actor)
			.findFirst()
			.orElse(null);
		return new FiledOffer(offer.trackingCode(), offer.receivedAt(), offer.channel(), offer.organizationName(),
				offer.contactName(), offer.title(), List.copyOf(offer.actionTypes()), offer.preferredLanguage(),
				offer.hasEmail(), filedBy);
	}

}
