package co.gov.mineducacion.cooperation.dataprotection;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.OfferRetention;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data subjects' requests: recorded with their legal due date, answered once by email
 * through the outbox; a deletion can anonymise the offer it concerns in the same step.
 */
@Service
class DataSubjectRequests {

	static final int DUE_SOON = 3;

	private final DataSubjectRequestRepository requests;

	private final OfferRetention offers;

	private final DataRequestMails mails;

	private final AuditLog audit;

	private final Clock clock;

	private final BusinessCalendar calendar;

	DataSubjectRequests(DataSubjectRequestRepository requests, OfferRetention offers, DataRequestMails mails,
			AuditLog audit, Clock clock, BusinessCalendar calendar) {
		this.calendar = calendar;
		this.requests = requests;
		this.offers = offers;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<DataRequestRow> all() {
		return this.requests.findTop200ByOrderByStatusDescDueOnAscIdDesc().stream().map(this::row).toList();
	}

	@Transactional(readOnly = true)
	DataRequestRow details(long id) {
		return row(request(id));
	}

	@Transactional
	long record(DataRequestForm form, String by) {
		LocalDate due = this.calendar.plusBusinessDays(form.getReceivedOn(), form.getKind().businessDaysToAnswer());
		DataSubjectRequest request = this.requests.save(new DataSubjectRequest(form.getKind(), form.getReceivedOn(),
				due, form.getRequesterName(), form.getRequesterEmail(), form.getOfferTrackingCode(),
				form.getDescription(), by, this.clock.instant()));
		this.audit.record("dataprotection.request.recorded", "#" + request.id(), request.kind().name());
		return request.id();
	}

	/**
	 * Answers the request and emails the answer. Returns whether the offer was anonymised
	 * (only asked for deletions that name a closed offer).
	 */
	@Transactional
	boolean answer(long id, DataRequestAnswerForm form, String by) {
		DataSubjectRequest request = request(id);
		StaleEditException.check("Request " + id, request.version(), form.getVersion());
		if (request.status() != DataSubjectRequest.Status.OPEN) {
			throw new StaleEditException("Request " + id);
		}
		request.answer(form.getAnswer(), by, this.clock.instant());
		this.mails.sendAnswer(request);
		this.audit.record("dataprotection.request.answered", "#" + id, request.kind().name());
		boolean anonymised = form.isAnonymiseOffer() && request.kind() == DataRequestKind.DELETE
				&& request.offerTrackingCode() != null && this.offers.anonymiseAtRequest(request.offerTrackingCode());
		if (anonymised) {
			this.audit.record("dataprotection.offer.anonymised", request.offerTrackingCode(), "request #" + id);
		}
		return anonymised;
	}

	private DataSubjectRequest request(long id) {
		return this.requests.findById(id).orElseThrow(DataRequestNotFoundException::new);
	}

	private DataRequestRow row(DataSubjectRequest r) {
		LocalDate today = LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE));
		int left = this.calendar.businessDaysLeft(today, r.dueOn());
		String clock = (r.status() != DataSubjectRequest.Status.OPEN) ? "ANSWERED"
				: (left < 0) ? "OVERDUE" : (left <= DUE_SOON) ? "DUE_SOON" : "ON_TIME";
		return new DataRequestRow(r.id(), r.kind(), r.receivedOn(), r.dueOn(), r.requesterName(), r.requesterEmail(),
				r.offerTrackingCode(), r.description(), r.status().name(), r.answer(), r.answeredBy(), r.version(),
				left, clock);
	}

}
