package co.gov.mineducacion.cooperation.staffnotification;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a staff member hears of one kind of news: an email at once, a line in the next
 * daily digest, or not at all.
 */
enum NotificationDelivery {

	IMMEDIATE, DIGEST, NONE;

	/**
	 * The delivery of that name, if any (a form sends names).
	 */
	static Optional<NotificationDelivery> named(String name) {
		return Arrays.stream(values()).filter((delivery) -> delivery.name().equals(name)).findFirst();
	}

}
