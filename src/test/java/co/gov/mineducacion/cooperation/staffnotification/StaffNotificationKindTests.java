package co.gov.mineducacion.cooperation.staffnotification;

import co.gov.mineducacion.cooperation.offer.OfferEventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which entries of an offer's history staff hear of, and how when they have not chosen.
 */
class StaffNotificationKindTests {

	@Test
	void mapsTheHistoryEntriesStaffHearOf() {
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.SUBMITTED)).hasValue(StaffNotificationKind.NEW_OFFER);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.ASSIGNED)).hasValue(StaffNotificationKind.ASSIGNED);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.INFORMATION_PROVIDED))
			.hasValue(StaffNotificationKind.INFORMATION_PROVIDED);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.WITHDRAWN)).hasValue(StaffNotificationKind.WITHDRAWN);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.TERM_EXTENDED))
			.hasValue(StaffNotificationKind.EXTENSION_RECORDED);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.FORWARDED))
			.hasValue(StaffNotificationKind.FORWARDING_RECORDED);
		assertThat(StaffNotificationKind.FORWARDING_RECORDED.audience())
			.isEqualTo(StaffNotificationKind.Audience.ASSIGNEE);
		assertThat(StaffNotificationKind.FORWARDING_RECORDED.byDefault()).isEqualTo(NotificationDelivery.IMMEDIATE);
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.NOTE)).isEmpty();
		assertThat(StaffNotificationKind.madeBy(OfferEventKind.ACCEPTED)).isEmpty();
	}

	@Test
	void tellsOfAssignmentsAtOnceAndOfNewOffersInTheDigestUntilChosenOtherwise() {
		assertThat(StaffNotificationKind.ASSIGNED.byDefault()).isEqualTo(NotificationDelivery.IMMEDIATE);
		assertThat(StaffNotificationKind.NEW_OFFER.byDefault()).isEqualTo(NotificationDelivery.DIGEST);
		assertThat(StaffNotificationKind.NEW_OFFER.audience()).isEqualTo(StaffNotificationKind.Audience.OFFICE);
		assertThat(StaffNotificationKind.WITHDRAWN.audience()).isEqualTo(StaffNotificationKind.Audience.ASSIGNEE);
	}

}
