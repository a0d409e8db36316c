package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.offer.LegalTerms;
import co.gov.mineducacion.cooperation.offer.queue.OfferQueue;
import co.gov.mineducacion.cooperation.offer.queue.QueueFilter;
import co.gov.mineducacion.cooperation.offer.queue.QueueRow;
import co.gov.mineducacion.cooperation.offer.queue.QueueSlice;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.stereotype.Service;

/**
 * The queue as the office reads it: the URL's view turned into a query (dates in Bogotá,
 * "overdue" and "due soon" on the holiday calendar), and offers with their assignee's
 * name and response clock.
 */
@Service
class OfficeQueueService {

	private final OfferQueue offers;

	private final StaffService staff;

	private final LegalTerms terms;

	private final Clock clock;

	OfficeQueueService(OfferQueue offers, StaffService staff, Clock clock, LegalTerms terms) {
		this.terms = terms;
		this.offers = offers;
		this.staff = staff;
		this.clock = clock;
	}

	QueueView view(QueueForm form, String signedIn, QueueChoices choices) {
		QueueSlice slice = this.offers.slice(filter(form, signedIn), form.sortValue(), form.descending(),
				form.position(), form.sizeValue());
		Instant now = this.clock.instant();
		return new QueueView(slice.rows().stream().map((row) -> entry(row, choices, now)).toList(), slice.hasPrevious(),
				slice.hasNext(), slice.count(), slice.exact());
	}

	/**
	 * The query for the form's filters ({@code retainKnown} applied), as seen by the
	 * signed-in staff member.
	 */
	QueueFilter filter(QueueForm form, String signedIn) {
		LocalDate today = LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE));
		String clockFilter = (form.getClock() != null) ? form.getClock() : "";
		LocalDate dueFrom = "DUE_SOON".equals(clockFilter) ? today : null;
		LocalDate dueBefore = switch (clockFilter) {
			case "OVERDUE" -> today;
			case "DUE_SOON" -> this.terms.calendar().plusBusinessDays(today, ResponseClock.DUE_SOON).plusDays(1);
			default -> null;
		};
		boolean national = QueueForm.NATIONAL.equals(form.getDepartment());
		Long me = "ME".equals(form.getAssignee()) ? myId(signedIn) : null;
		return new QueueFilter(form.getQ(), form.statusValue(), form.getSector(), form.getActionType(),
				form.getProject(), national ? null : form.getDepartment(), national, me,
				"UNASSIGNED".equals(form.getAssignee()), startOf(form.fromDate()),
				startOf((form.toDate() != null) ? form.toDate().plusDays(1) : null),
				(dueFrom != null) ? this.terms.earliestStartDueOnOrAfter(dueFrom) : null,
				(dueBefore != null) ? this.terms.earliestStartDueOnOrAfter(dueBefore) : null, null, dueFrom, dueBefore,
				form.channelValue());
	}

	QueueEntry entry(QueueRow row, QueueChoices choices, Instant now) {
		return new QueueEntry(row, row.receivedAt().atZone(Colombia.TIME_ZONE), choices.sectors().name(row.sector()),
				row.departments().stream().map(choices.departments()::name).toList(),
				assignee(row.assigneeId(), choices),
				clock(row.responseClockStartedAt(), row.responseExtendedUntil(), now));
	}

	/**
	 * The response clock of an offer whose clock started at {@code startedAt} (none while
	 * it is stopped), extended to {@code extendedUntil} if the office gave notice of it.
	 */
	ResponseClock clockFor(Instant startedAt, LocalDate extendedUntil) {
		return clock(startedAt, extendedUntil, this.clock.instant());
	}

	private ResponseClock clock(Instant startedAt, LocalDate extendedUntil, Instant now) {
		if (startedAt == null) {
			return null;
		}
		return ResponseClock.of(this.terms.answerDue(startedAt, extendedUntil), extendedUntil != null, now,
				this.terms.calendar());
	}

	Function<Long, String> staffNames() {
		Map<Long, String> names = this.staff.activeMembers()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
		return (id) -> (id != null) ? names.getOrDefault(id, "—") : null;
	}

	/**
	 * The assignee's name; a dash for an account no longer active.
	 */
	private static String assignee(Long id, QueueChoices choices) {
		if (id == null) {
			return null;
		}
		String known = choices.staff().known(String.valueOf(id));
		return (known != null) ? choices.staff().name(known) : "—";
	}

	private Long myId(String email) {
		// Someone signed in without a staff account (never in production) has no offers.
		return this.staff.byEmail(email).map(StaffMember::id).orElse(-1L);
	}

	private static Instant startOf(LocalDate date) {
		return (date != null) ? date.atStartOfDay(Colombia.TIME_ZONE).toInstant() : null;
	}

}
