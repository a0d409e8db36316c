package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A cooperation offer. It owns its status and moves only along the review workflow
 * ({@link OfferStatus#next()}); every move is written to its append-only history in the
 * same transaction.
 */
@Entity
@Table(name = "offer")
class Offer {

	static final String SUBMITTER = "submitter";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String trackingCode;

	@Column(updatable = false)
	private String formToken;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private String organizationName;

	private String sector;

	private String country;

	private String taxId;

	private String website;

	private String contactName;

	private String contactPosition;

	private String contactEmail;

	private String contactPhone;

	private String preferredLanguage;

	private String title;

	private String description;

	private boolean nationalScope;

	@Enumerated(EnumType.STRING)
	private ContributionKind contributionKind;

	private BigDecimal estimatedValue;

	@Enumerated(EnumType.STRING)
	private OfferCurrency currency;

	private LocalDate startDate;

	private LocalDate endDate;

	private Instant receivedAt;

	private Instant updatedAt;

	private Long assigneeId;

	private Instant responseClockStartedAt;

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

	@OneToMany(mappedBy = "offer", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt, id")
	private List<OfferEvent> events = new ArrayList<>();

	@OneToMany(mappedBy = "offer", cascade = CascadeType.PERSIST)
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
		Offer offer = new Offer();
		offer.trackingCode = trackingCode;
		offer.formToken = formToken;
		offer.status = OfferStatus.RECEIVED;
		offer.copy(draft);
		offer.receivedAt = now;
		offer.updatedAt = now;
		offer.responseClockStartedAt = now;
		offer.consent = new PersonalDataConsent(offer, consent);
		files.forEach((file) -> offer.attachments.add(new OfferAttachment(offer, file, now)));
		offer.events.add(new OfferEvent(offer, now, SUBMITTER, OfferEventKind.SUBMITTED, null, OfferStatus.RECEIVED,
				null, true));
		return offer;
	}

	void startReview(String staff, Instant now) {
		move(OfferStatus.IN_REVIEW, OfferEventKind.REVIEW_STARTED, staff, null, now);
	}

	void requestInformation(String staff, String message, Instant now) {
		move(OfferStatus.MORE_INFORMATION_REQUESTED, OfferEventKind.INFORMATION_REQUESTED, staff, message, now);
	}

	/**
	 * The submitter's answer to a request for information; the offer goes back to the
	 * office.
	 */
	void provideInformation(String message, List<InspectedFile> files, Instant now) {
		if (this.status != OfferStatus.MORE_INFORMATION_REQUESTED) {
			throw new IllegalOfferTransitionException(this.status, OfferStatus.IN_REVIEW);
		}
		move(OfferStatus.IN_REVIEW, OfferEventKind.INFORMATION_PROVIDED, SUBMITTER, message, now);
		files.forEach((file) -> this.attachments.add(new OfferAttachment(this, file, now)));
	}

	void accept(String staff, String message, Instant now) {
		move(OfferStatus.ACCEPTED, OfferEventKind.ACCEPTED, staff, message, now);
	}

	void decline(String staff, String message, Instant now) {
		move(OfferStatus.DECLINED, OfferEventKind.DECLINED, staff, message, now);
	}

	void withdraw(String reason, Instant now) {
		move(OfferStatus.WITHDRAWN, OfferEventKind.WITHDRAWN, SUBMITTER, reason, now);
	}

	void assignTo(Long staffId, String actor, Instant now) {
		this.assigneeId = staffId;
		this.updatedAt = now;
		this.events.add(new OfferEvent(this, now, actor, OfferEventKind.ASSIGNED, this.status, this.status,
				(staffId != null) ? String.valueOf(staffId) : null, false));
	}

	/**
	 * A note for the office only: it never reaches the submitter or the public history.
	 */
	void addNote(String staff, String text, Instant now) {
		this.events.add(new OfferEvent(this, now, staff, OfferEventKind.NOTE, this.status, this.status, text, false));
	}

	boolean canBeWithdrawn() {
		return this.status.canMoveTo(OfferStatus.WITHDRAWN);
	}

	private void move(OfferStatus target, OfferEventKind kind, String actor, String message, Instant now) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalOfferTransitionException(this.status, target);
		}
		this.events.add(new OfferEvent(this, now, actor, kind, this.status, target, message, true));
		runResponseClock(target, now);
		this.status = target;
		this.updatedAt = now;
	}

	/**
	 * The office's 15 business days run while the offer awaits it, stop while the
	 * submitter is asked for more (or once answered), and start again when the offer
	 * comes back to the office (Ley 1755 de 2015, art. 17).
	 */
	private void runResponseClock(OfferStatus target, Instant now) {
		if (!target.isAwaitingTheOffice()) {
			this.responseClockStartedAt = null;
		}
		else if (!this.status.isAwaitingTheOffice()) {
			this.responseClockStartedAt = now;
		}
	}

	private void copy(OfferDraft draft) {
		this.organizationName = draft.organizationName();
		this.sector = draft.sector();
		this.country = draft.country();
		this.taxId = draft.taxId();
		this.website = draft.website();
		this.contactName = draft.contactName();
		this.contactPosition = draft.contactPosition();
		this.contactEmail = draft.contactEmail();
		this.contactPhone = draft.contactPhone();
		this.preferredLanguage = draft.preferredLanguage();
		this.title = draft.title();
		this.description = draft.description();
		this.actionTypes.addAll(draft.actionTypes());
		this.strategicProjects.addAll(draft.strategicProjects());
		this.departments.addAll(draft.departments());
		this.nationalScope = draft.nationalScope();
		this.contributionKind = draft.contributionKind();
		this.estimatedValue = draft.estimatedValue();
		this.currency = draft.currency();
		this.startDate = draft.startDate();
		this.endDate = draft.endDate();
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

	String organizationName() {
		return this.organizationName;
	}

	String contactEmail() {
		return this.contactEmail;
	}

	String contactName() {
		return this.contactName;
	}

	String preferredLanguage() {
		return this.preferredLanguage;
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

	long version() {
		return this.version;
	}

	String sector() {
		return this.sector;
	}

	String country() {
		return this.country;
	}

	String taxId() {
		return this.taxId;
	}

	String website() {
		return this.website;
	}

	String contactPosition() {
		return this.contactPosition;
	}

	String contactPhone() {
		return this.contactPhone;
	}

	Set<String> departments() {
		return this.departments;
	}

	boolean isNationalScope() {
		return this.nationalScope;
	}

	ContributionKind contributionKind() {
		return this.contributionKind;
	}

	BigDecimal estimatedValue() {
		return this.estimatedValue;
	}

	OfferCurrency currency() {
		return this.currency;
	}

	LocalDate startDate() {
		return this.startDate;
	}

	LocalDate endDate() {
		return this.endDate;
	}

	List<OfferEvent> events() {
		return this.events;
	}

	List<OfferAttachment> attachments() {
		return this.attachments;
	}

	PersonalDataConsent consent() {
		return this.consent;
	}

}
