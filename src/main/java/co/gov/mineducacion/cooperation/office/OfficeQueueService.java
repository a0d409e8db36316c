package co.gov.mineducacion.cooperation.office;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.QueueFilter;
import co.gov.mineducacion.cooperation.office.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The queue as the office reads it: offers with their assignee's name and response clock.
 */
@Service
class OfficeQueueService {

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private final OfferReviewService offers;

	private final StaffService staff;

	private final BusinessCalendar calendar = new BusinessCalendar();

	private final Clock clock;

	OfficeQueueService(OfferReviewService offers, StaffService staff, Clock clock) {
		this.offers = offers;
		this.staff = staff;
		this.clock = clock;
	}

	Page<QueueEntry> queue(QueueFilter filter, String signedIn, Pageable page) {
		Function<Long, String> names = staffNames();
		Long me = this.staff.byEmail(signedIn).map(StaffMember::id).orElse(null);
		return this.offers.queue(filter, me, page)
			.map((row) -> new QueueEntry(row, row.receivedAt().atZone(BOGOTA), names.apply(row.assigneeId()),
					row.status().isAwaitingTheOffice() ? clockFor(row.receivedAt()) : null));
	}

	ResponseClock clockFor(java.time.Instant receivedAt) {
		return ResponseClock.of(receivedAt, this.clock.instant(), this.calendar);
	}

	Function<Long, String> staffNames() {
		Map<Long, String> names = this.staff.activeMembers()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
		return (id) -> (id != null) ? names.getOrDefault(id, "—") : null;
	}

}
