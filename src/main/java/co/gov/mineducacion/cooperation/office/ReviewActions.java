package co.gov.mineducacion.cooperation.office;

import java.util.UUID;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.DocumentContent;
import co.gov.mineducacion.cooperation.offer.MessageToSubmitter;
import co.gov.mineducacion.cooperation.offer.OfferForwardingService;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.offer.StatusChange;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do on one offer, each with its audit line in the same transaction: the
 * change and its record are kept together or not at all. Audit details name statuses, ids
 * and codes, never what anyone wrote.
 */
@Service
@Transactional
class ReviewActions {

	private final OfferReviewService offers;

	private final StaffService staff;

	private final OfferProjects projects;

	private final AuditLog audit;

	private final OfferForwardingService forwarding;

	ReviewActions(OfferReviewService offers, StaffService staff, OfferProjects projects, AuditLog audit,
			OfferForwardingService forwarding) {
		this.offers = offers;
		this.staff = staff;
		this.projects = projects;
		this.audit = audit;
		this.forwarding = forwarding;
	}

	/**
	 * Makes a workflow move; one that tells the submitter carries the form's message (and
	 * the template it started from, which the audit line names), and closing a duplicate
	 * names the form's original.
	 */
	void move(ReviewMove move, String code, ReviewActionForm form, String me) {
		StatusChange change = this.offers.move(code, form.getVersion(), move, me,
				new MessageToSubmitter(form.getSubject(), form.getMessage()), form.getOriginal());
		statusChanged(change, move.requiresMessage() ? form.getTemplate() : null);
	}

	/**
	 * Gives the submitter notice of a later answer date; the audit line names the date,
	 * never the reason.
	 */
	void extendTerm(String code, TermExtensionForm form, String me) {
		this.offers.extendTerm(code, form.getVersion(), me, form.getUntil(), form.getReason());
		this.audit.record("offer.term-extended", code, "until " + form.getUntil());
	}

	/**
	 * Forwards the offer to the competent entity; the audit line names the move, the
	 * entity, whether it was late and whether the documents went with it, never the
	 * message. Returns whether it was late.
	 */
	boolean forward(String code, ForwardingForm form, String me) {
		OfferForwardingService.Outcome outcome = this.forwarding.forward(code, form.getVersion(), me, form.toRequest());
		this.audit.record("offer.forwarded", code, outcome.change() + " · to " + form.getEntityName() + " · late="
				+ outcome.late() + (form.isAttachDocuments() ? " · documents attached" : ""));
		return outcome.late();
	}

	void assignToMe(String code, long version, String me) {
		assign(code, version, this.staff.byEmail(me).map(StaffMember::id).orElseThrow(), me);
	}

	/**
	 * Assigns the offer to an active colleague; false, and nothing changes, when
	 * {@code staffId} is not one.
	 */
	boolean assign(String code, long version, Long staffId, String me) {
		boolean active = staffId != null
				&& this.staff.activeMembers().stream().anyMatch((member) -> member.id().equals(staffId));
		if (active) {
			this.offers.assign(code, version, staffId, me);
			this.audit.record("offer.assigned", code, "staff #" + staffId);
		}
		return active;
	}

	void unassign(String code, long version, String me) {
		this.offers.unassign(code, version, me);
		this.audit.record("offer.unassigned", code, null);
	}

	/**
	 * Links a suggested project; false, and nothing changes, when the code is not a
	 * published project.
	 */
	boolean linkProject(String code, long version, String project, String me) {
		if (!this.projects.isPublished(project)) {
			return false;
		}
		this.offers.linkProject(code, version, project, me);
		this.audit.record("offer.project-suggested-linked", code, project);
		return true;
	}

	void addNote(String code, String me, String text) {
		this.offers.addNote(code, me, text);
		this.audit.record("offer.note-added", code, null);
	}

	DocumentContent download(String code, UUID document) {
		DocumentContent content = this.offers.document(code, document);
		this.audit.record("offer.document-downloaded", code, "document " + document);
		return content;
	}

	private void statusChanged(StatusChange change, Long template) {
		this.audit.record("offer.status-changed", change.trackingCode(),
				change + ((template != null) ? " · template #" + template : ""));
	}

}
