package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What the office adds to an offer it files on someone's behalf, checked beyond the
 * public form's rules: a channel other than the web form, and a time of receipt that has
 * passed but not longer ago than {@code portal.offers.staff-filing-max-age}.
 */
@Component
class StaffFilingRules {

	private final OfferFormRules offerRules;

	private final Clock clock;

	private final Duration maxAge;

	StaffFilingRules(OfferFormRules offerRules, Clock clock, PortalProperties properties) {
		this.offerRules = offerRules;
		this.clock = clock;
		this.maxAge = properties.offers().staffFilingMaxAge();
	}

	void check(StaffFilingForm form, Errors errors) {
		this.offerRules.check(form, errors);
		if (form.getChannel() == OfferChannel.WEB) {
			errors.rejectValue("channel", "Unknown");
		}
		if (form.getReceivedAt() != null) {
			Instant received = form.getReceivedAt().atZone(Colombia.TIME_ZONE).toInstant();
			Instant now = this.clock.instant();
			if (received.isAfter(now)) {
				errors.rejectValue("receivedAt", "Future");
			}
			else if (received.isBefore(now.minus(this.maxAge))) {
				errors.rejectValue("receivedAt", "TooOld", new Object[] { this.maxAge.toDays() }, null);
			}
		}
	}

}
