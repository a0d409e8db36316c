package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A cooperation offer. It owns its status and moves only along the review workflow
 * ({@link OfferTransition}); every move is written to its append-only history in the same
 * transaction, and registered as an event ({@link OfferReceived}, {@link OfferMoved})
 * published when the offer is saved; a move into or out of Accepted also registers a
 * {@link PublicContentChanged}, since the public map and the needs' progress count
 * accepted offers.
 */
@Entity
@Table(name = "offer")
class Offer extends AbstractAggregateRoot<Offer> {

	static final String SUBMITTER = "submitter";

	/**
	 * Who the history names for what the portal does by itself (the tacit withdrawal).
	 */
	static final String SYSTEM = AuditLog.SYSTEM;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String trackingCode;

	@Column(updatable = false)
	private String formToken;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	@Embedded
	private Organisation organisation;

	@Embedded
	private ContactPerson contact;

	private String title;

	private String description;

	private boolean nationalScope;

	@Embedded
	private Contribution contribution;

	private Instant receivedAt;

	private Instant updatedAt;

	private Long assigneeId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "duplicate_of_id")
	private Offer duplicateOf;

	private Instant responseClockStartedAt;

	private LocalDate responseExtendedUntil;

	@Embedded
	private Forwarding forwarding;

	private Instant informationRequestedAt;

	private boolean informationExtended;

	@Enumerated(EnumType.STRING)
	private OfferChannel channel;

	@Column(updatable = false)
	private String needSlug;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "offer_action_type", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "action_type_code")
	@OrderBy
	private Set<String> actionTypes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_strategic_project", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "project_code")
	@OrderBy
	private Set<String> strategicProjects = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_department", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "divipola_code", length = 2)
	@JdbcTypeCode(SqlTypes.CHAR)
	@OrderBy
	private Set<String> departments = new LinkedHashSet<>();

	// Merged with the offer, so that saving it to publish its events keeps new entries.
	@OneToMany(mappedBy = "offer", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("occurredAt, id")
	private List<OfferEvent> events = new ArrayList<>();

	@OneToMany(mappedBy = "offer", cascade = { CascadeType.PERSIST, CascadeType.MERGE })
	@OrderBy("uploadedAt, id")
	private List<OfferAttachment> attachments = new ArrayList<>();

	@OneToOne(mappedBy = "offer", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	private PersonalDataConsent consent;

	protected Offer() {
	}

	/**
	 * A newly received offer, with the submitter's authorisation and documents, and the
	 * first entry of its history.
	 */
	static Offer receive(OfferDraft draft, String trackingCode, String formToken, ConsentGiven consent,
			List<InspectedFile> files, Instant now) {
		Offer offer = received(draft, trackingCode, formToken, consent, OfferChannel.WEB, now, now);
		files.forEach((file) -> offer.attachments.add(new OfferAttachment(offer, file, now)));
		offer.registerEvent(new OfferReceived(offer));
		return offer;
	}

	/**
	 * An offer made by phone, in person, by email or by post, which a staff member files
	 * on the person's behalf. It counts as received when the person made it (the response
	 * clock starts then, Decreto 1166 de 2016); the history also records who filed it,
	 * through which channel, and when.
	 */
	static Offer fileOnBehalf(OfferDraft draft, String trackingCode, String formToken, ConsentGiven consent,
			StaffReceipt receipt, Instant now) {
		if (receipt.channel() == OfferChannel.WEB || receipt.receivedAt().isAfter(now)) {
			throw new IllegalArgumentException("Not an offer taken by the office: " + receipt);
		}
		Offer offer = received(draft, trackingCode, formToken, consent, receipt.channel(), receipt.receivedAt(), now);
		offer.record(new OfferEvent(offer, now, receipt.staff(), OfferEventKind.FILED_BY_STAFF, null,
				OfferStatus.RECEIVED, receipt.channel().name(), false));
		offer.registerEvent(new OfferReceived(offer));
		return offer;
	}

	private static Offer received(OfferDraft draft, String trackingCode, String formToken, ConsentGiven consent,
			OfferChannel channel, Instant receivedAt, Instant now) {
		Offer offer = new Offer();
		offer.trackingCode = trackingCode;
		offer.formToken = formToken;
		offer.status = OfferStatus.RECEIVED;
		offer.channel = channel;
		offer.copy(draft);
		offer.receivedAt = receivedAt;
		offer.updatedAt = now;
		offer.responseClockStartedAt = receivedAt;
		offer.consent = new PersonalDataConsent(offer, consent);
		offer.events.add(new OfferEvent(offer, receivedAt, SUBMITTER, OfferEventKind.SUBMITTED, null,
				OfferStatus.RECEIVED, null, true));
		offer.registerEvent(OfferEventRecorded.of(offer, OfferEventKind.SUBMITTED, SUBMITTER, now));
		return offer;
	}

	/**
	 * One of the office's moves, with its message to the submitter (ignored by a move
	 * that carries none) and, for a move that names one, the original the offer repeats.
	 */
	void make(ReviewMove move, String staff, MessageToSubmitter message, Offer original, Instant now) {
		MessageToSubmitter told = move.requiresMessage() ? message : MessageToSubmitter.of(null);
		if (move.needsOriginal()) {
			closeAsDuplicateOf(original, staff, told, now);
		}
		else {
			move(move.transition(), staff, told, now);
		}
	}

	void startReview(String staff, Instant now) {
		make(ReviewMove.START_REVIEW, staff, null, null, now);
	}

	void requestInformation(String staff, String message, Instant now) {
		make(ReviewMove.REQUEST_INFORMATION, staff, MessageToSubmitter.of(message), null, now);
	}

	/**
	 * The submitter's answer to a request for information; the offer goes back to the
	 * office.
	 */
	void provideInformation(String message, List<InspectedFile> files, Instant now) {
		move(OfferTransition.PROVIDE_INFORMATION, SUBMITTER, MessageToSubmitter.of(message), now);
		files.forEach((file) -> this.attachments.add(new OfferAttachment(this, file, now)));
	}

	void accept(String staff, String message, Instant now) {
		make(ReviewMove.ACCEPT, staff, MessageToSubmitter.of(message), null, now);
	}

	void decline(String staff, String message, Instant now) {
		make(ReviewMove.DECLINE, staff, MessageToSubmitter.of(message), null, now);
	}

	void withdraw(String reason, Instant now) {
		move(OfferTransition.WITHDRAW, SUBMITTER, MessageToSubmitter.of(reason), now);
	}

	/**
	 * Closes this offer as a repetition of {@code original}, which must be another offer
	 * and not itself a duplicate (so every duplicate points straight at an original).
	 */
	void closeAsDuplicate(Offer original, String staff, String message, Instant now) {
		make(ReviewMove.CLOSE_AS_DUPLICATE, staff, MessageToSubmitter.of(message), original, now);
	}

	private void closeAsDuplicateOf(Offer original, String staff, MessageToSubmitter message, Instant now) {
		ensureAllowed(OfferTransition.CLOSE_AS_DUPLICATE);
		if (original == this || (original.id() != null && original.id().equals(this.id))) {
			throw new InvalidOriginalException(InvalidOriginalException.Reason.SAME_OFFER);
		}
		if (original.status() == OfferStatus.CLOSED_AS_DUPLICATE) {
			throw new InvalidOriginalException(InvalidOriginalException.Reason.ITSELF_A_DUPLICATE);
		}
		move(OfferTransition.CLOSE_AS_DUPLICATE, staff, message, now);
		this.duplicateOf = original;
	}

	/**
	 * Whether {@code other} was sent by the same person (same contact email): only then
	 * may this offer's submitter be told the other's filing number.
	 */
	boolean hasSameSubmitterAs(Offer other) {
		// Through the accessor: other may be a lazy proxy whose fields are not loaded.
		return this.contact.hasEmail() && this.contact.email().equalsIgnoreCase(other.contactEmail());
	}

	/**
	 * The filing number of the original this offer repeats, when its submitter may be
	 * told it: only when both offers come from the same contact email. Another person's
	 * filing number would disclose that they, too, wrote to the Ministry (and is the key
	 * to their status page), so it is never shown to someone else.
	 */
	String originalDisclosedToSubmitter() {
		return (this.duplicateOf != null && hasSameSubmitterAs(this.duplicateOf)) ? this.duplicateOf.trackingCode()
				: null;
	}

	/**
	 * The office links a strategic project the submitter did not choose; the history
	 * keeps who did it, for staff only.
	 */
	void linkProject(String projectCode, String staff, Instant now) {
		if (this.strategicProjects.add(projectCode)) {
			this.updatedAt = now;
			record(new OfferEvent(this, now, staff, OfferEventKind.PROJECT_LINKED, this.status, this.status,
					projectCode, false));
		}
	}

	/**
	 * Nobody in the office handles the offer any more.
	 */
	void unassign(String actor, Instant now) {
		this.assigneeId = null;
		this.updatedAt = now;
		record(new OfferEvent(this, now, actor, OfferEventKind.UNASSIGNED, this.status, this.status, null, false));
	}

	void assignTo(Long staffId, String actor, Instant now) {
		this.assigneeId = staffId;
		this.updatedAt = now;
		record(new OfferEvent(this, now, actor, OfferEventKind.ASSIGNED, this.status, this.status,
				(staffId != null) ? String.valueOf(staffId) : null, false));
	}

	/**
	 * A note for the office only: it never reaches the submitter or the public history.
	 */
	void addNote(String staff, String text, Instant now) {
		record(new OfferEvent(this, now, staff, OfferEventKind.NOTE, this.status, this.status, text, false));
	}

	/**
	 * The submitter asks once for more time to answer the office's request (Ley 1755 de
	 * 2015, art. 17): only while the offer waits for them and before their term ends (the
	 * due date itself still counts).
	 */
	void askForMoreTime(LegalTerms terms, LocalDate today, Instant now) {
		MoreTimeRefusedException.Reason refusal = moreTimeRefusal(terms, today);
		if (refusal != null) {
			throw new MoreTimeRefusedException(refusal);
		}
		this.informationExtended = true;
		this.updatedAt = now;
		record(new OfferEvent(this, now, SUBMITTER, OfferEventKind.INFORMATION_TERM_EXTENDED, this.status, this.status,
				null, true));
		registerEvent(new InformationTermExtended(this, informationDue(terms)));
	}

	/**
	 * Whether the submitter may still ask for one more month on {@code today}.
	 */
	boolean mayAskForMoreTime(LegalTerms terms, LocalDate today) {
		return moreTimeRefusal(terms, today) == null;
	}

	/**
	 * Why the submitter may not ask for more time on {@code today}, or {@code null} when
	 * they may.
	 */
	private MoreTimeRefusedException.Reason moreTimeRefusal(LegalTerms terms, LocalDate today) {
		if (this.status != OfferStatus.MORE_INFORMATION_REQUESTED || this.informationRequestedAt == null) {
			return MoreTimeRefusedException.Reason.NOT_WAITING;
		}
		if (this.informationExtended || !terms.informationExtensionAllowed()) {
			return MoreTimeRefusedException.Reason.ALREADY_EXTENDED;
		}
		if (terms.isInformationOverdue(this.informationRequestedAt, false, today)) {
			return MoreTimeRefusedException.Reason.TERM_ENDED;
		}
		return null;
	}

	/**
	 * Whether the offer waits for its submitter's answer and their term to give it ended
	 * before {@code today}.
	 */
	boolean isTacitlyWithdrawable(LegalTerms terms, LocalDate today) {
		LocalDate due = informationDue(terms);
		return due != null && today.isAfter(due);
	}

	/**
	 * Closes the offer as withdrawn because its submitter's term to answer passed without
	 * an answer (Ley 1755 de 2015, art. 17); never on the due date itself.
	 */
	void withdrawTacitly(LegalTerms terms, LocalDate today, Instant now) {
		ensureAllowed(OfferTransition.WITHDRAW_TACITLY);
		if (!isTacitlyWithdrawable(terms, today)) {
			throw new IllegalStateException("The submitter's term to answer has not ended: " + this.trackingCode);
		}
		LocalDate due = informationDue(terms);
		move(OfferTransition.WITHDRAW_TACITLY, SYSTEM, MessageToSubmitter.of(null), now);
		registerEvent(new TacitlyWithdrawn(this, due));
	}

	/**
	 * The last day the submitter may answer the office's request, or {@code null} when
	 * the offer does not wait for them.
	 */
	LocalDate informationDue(LegalTerms terms) {
		return (this.status == OfferStatus.MORE_INFORMATION_REQUESTED && this.informationRequestedAt != null)
				? terms.informationDue(this.informationRequestedAt, this.informationExtended) : null;
	}

	boolean canBeWithdrawn() {
		return this.status.canMoveTo(OfferStatus.WITHDRAWN);
	}

	private void move(OfferTransition transition, String actor, MessageToSubmitter message, Instant now) {
		ensureAllowed(transition);
		record(new OfferEvent(this, now, actor, transition.recordedAs(), this.status, transition.target(),
				message.body(), true));
		runResponseClock(transition.target(), now);
		runInformationTerm(transition.target(), now);
		if (this.status == OfferStatus.ACCEPTED || transition.target() == OfferStatus.ACCEPTED) {
			registerEvent(new PublicContentChanged("offer " + this.trackingCode));
		}
		this.status = transition.target();
		this.updatedAt = now;
		registerEvent(new OfferMoved(this, transition, message.subject()));
	}

	/**
	 * The office's notice that its answer will come late, with the reason and the new
	 * date (Ley 1755 de 2015, art. 14, parágrafo): only while the clock runs, and once.
	 * The caller has checked the date against the legal limit ({@link LegalTerms}).
	 */
	void extendTerm(String staff, LocalDate until, String reason, Instant now) {
		if (this.responseClockStartedAt == null || !this.status.isAwaitingTheOffice()) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.NOT_RUNNING);
		}
		if (this.responseExtendedUntil != null) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.ALREADY_EXTENDED);
		}
		this.responseExtendedUntil = until;
		this.updatedAt = now;
		record(new OfferEvent(this, now, staff, OfferEventKind.TERM_EXTENDED, this.status, this.status, reason, true));
		registerEvent(new TermExtended(this, until, reason));
	}

	/**
	 * Sends the offer to the competent entity because the Ministry is not (Ley 1755 de
	 * 2015, art. 21): a final status; the history keeps what the submitter was told, the
	 * offer to whom it went. The caller has worked out whether the term had passed.
	 */
	void forward(String staff, ForwardingRequest request, boolean late, Instant now) {
		move(OfferTransition.FORWARD, staff, MessageToSubmitter.of(request.message()), now);
		this.forwarding = new Forwarding(request.entityName(), request.entityEmail(), request.attachDocuments(), late,
				now);
		registerEvent(new OfferForwarded(this, this.forwarding));
	}

	/**
	 * Adds an entry to the history and tells the rest of the portal of it (staff
	 * notifications decide which entries are news), once the offer is saved.
	 */
	private void record(OfferEvent entry) {
		this.events.add(entry);
		registerEvent(OfferEventRecorded.of(this, entry.kind(), entry.actor(), entry.occurredAt()));
	}

	private void ensureAllowed(OfferTransition transition) {
		if (!transition.startsFrom(this.status)) {
			throw new IllegalOfferTransitionException(this.status, transition.target());
		}
	}

	/**
	 * The office's 15 business days run while the offer awaits it, stop while the
	 * submitter is asked for more (or once answered), and start again when the offer
	 * comes back to the office (Ley 1755 de 2015, art. 17).
	 */
	private void runResponseClock(OfferStatus target, Instant now) {
		if (!target.isAwaitingTheOffice()) {
			this.responseClockStartedAt = null;
			this.responseExtendedUntil = null;
		}
		else if (!this.status.isAwaitingTheOffice()) {
			this.responseClockStartedAt = now;
			this.responseExtendedUntil = null;
		}
	}

	/**
	 * The submitter's month to answer starts with the office's request and ends with any
	 * move out of waiting for them (their answer, a withdrawal, a closing).
	 */
	private void runInformationTerm(OfferStatus target, Instant now) {
		this.informationRequestedAt = (target == OfferStatus.MORE_INFORMATION_REQUESTED) ? now : null;
		this.informationExtended = false;
	}

	private void copy(OfferDraft draft) {
		this.organisation = draft.organisation();
		this.contact = draft.contact();
		this.title = draft.title();
		this.description = draft.description();
		this.actionTypes.addAll(draft.actionTypes());
		this.strategicProjects.addAll(draft.strategicProjects());
		this.departments.addAll(draft.departments());
		this.nationalScope = draft.nationalScope();
		this.contribution = draft.contribution();
		this.needSlug = draft.need();
	}

	Long id() {
		return this.id;
	}

	String trackingCode() {
		return this.trackingCode;
	}

	OfferStatus status() {
		return this.status;
	}

	Organisation organisation() {
		return this.organisation;
	}

	ContactPerson contact() {
		return this.contact;
	}

	Contribution contribution() {
		return (this.contribution != null) ? this.contribution : Contribution.NONE;
	}

	String organizationName() {
		return this.organisation.name();
	}

	String contactEmail() {
		return this.contact.email();
	}

	/**
	 * Whether the person gave an email address: one who did not hears from the office by
	 * phone or by post instead.
	 */
	boolean hasEmail() {
		return this.contact.hasEmail();
	}

	/**
	 * How the offer reached the office.
	 */
	OfferChannel channel() {
		return (this.channel != null) ? this.channel : OfferChannel.WEB;
	}

	String contactName() {
		return this.contact.name();
	}

	String preferredLanguage() {
		return this.contact.preferredLanguage();
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	Set<String> actionTypes() {
		return this.actionTypes;
	}

	Set<String> strategicProjects() {
		return this.strategicProjects;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Long assigneeId() {
		return this.assigneeId;
	}

	/**
	 * When the office's response clock started, or {@code null} while it is stopped.
	 */
	Instant responseClockStartedAt() {
		return this.responseClockStartedAt;
	}

	/**
	 * The date the office extended its answer to, or {@code null} when it has not (or its
	 * clock has stopped or started again since).
	 */
	LocalDate responseExtendedUntil() {
		return this.responseExtendedUntil;
	}

	/**
	 * When the office asked the submitter for more, or {@code null} unless the offer
	 * waits for them.
	 */
	Instant informationRequestedAt() {
		return this.informationRequestedAt;
	}

	/**
	 * Whether the submitter asked for more time to answer the current request.
	 */
	boolean isInformationExtended() {
		return this.informationExtended;
	}

	long version() {
		return this.version;
	}

	/**
	 * To whom the offer was forwarded, or {@code null} when it was not.
	 */
	Forwarding forwarding() {
		return (this.forwarding != null && this.forwarding.at() != null) ? this.forwarding : null;
	}

	Set<String> departments() {
		return this.departments;
	}

	boolean isNationalScope() {
		return this.nationalScope;
	}

	List<OfferEvent> events() {
		return this.events;
	}

	List<OfferAttachment> attachments() {
		return this.attachments;
	}

	/**
	 * The size of all the offer's documents together, in bytes.
	 */
	long documentsSize() {
		return this.attachments.stream().mapToLong(OfferAttachment::sizeBytes).sum();
	}

	PersonalDataConsent consent() {
		return this.consent;
	}

	/**
	 * The offer this one repeats, when it was closed as a duplicate.
	 */
	/**
	 * The slug of the need the offer answers, or {@code null}.
	 */
	String needSlug() {
		return this.needSlug;
	}

	Offer duplicateOf() {
		return this.duplicateOf;
	}

}
