package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.AcceptedOffer;
import co.gov.mineducacion.cooperation.offer.AcceptedOffers;
import co.gov.mineducacion.cooperation.shared.PublicContentChanged;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.text.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's changes to activities, each recorded in the audit log and announced to the
 * public pages ({@link PublicContentChanged}): create (from scratch or from an accepted
 * offer), revise, add targets, record progress and milestones. A revision checks the
 * version the staff member saw.
 */
@Service
@Transactional
class ActivityEditor {

	private final ActivityRepository activities;

	private final AcceptedOffers offers;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActivityEditor(ActivityRepository activities, AcceptedOffers offers, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.activities = activities;
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The accepted offer to publish, or empty when it already became an activity (whose
	 * slug is then returned by {@link #activityOf(String)}).
	 * @throws OfferNotConvertibleException when the offer is not accepted
	 */
	@Transactional(readOnly = true)
	Optional<AcceptedOffer> offerToPublish(String trackingCode) {
		AcceptedOffer offer = this.offers.accepted(trackingCode)
			.orElseThrow(() -> new OfferNotConvertibleException(trackingCode));
		return activityOf(trackingCode).isPresent() ? Optional.empty() : Optional.of(offer);
	}

	@Transactional(readOnly = true)
	Optional<String> activityOf(String trackingCode) {
		return this.activities.findBySourceOfferCode(trackingCode).map(Activity::slug);
	}

	/**
	 * Creates the activity and returns its slug; with an offer's filing number, the
	 * activity is linked to that accepted offer.
	 */
	String create(ActivityDraft draft, String offerCode) {
		if (offerCode != null && offerToPublish(offerCode).isEmpty()) {
			throw new StaleEditException("Activity " + activityOf(offerCode).orElseThrow());
		}
		Activity activity = this.activities
			.save(Activity.create(freeSlug(draft.title().es()), draft, offerCode, this.clock.instant()));
		changed("activity.created", activity.slug(), (offerCode != null) ? "offer " + offerCode : null);
		return activity.slug();
	}

	void revise(String slug, long seenVersion, ActivityDraft draft) {
		Activity activity = activity(slug);
		StaleEditException.check("Activity " + slug, activity.version(), seenVersion);
		activity.revise(draft, this.clock.instant());
		changed("activity.updated", slug, null);
	}

	void addTarget(String slug, Bilingual indicator, long value) {
		activity(slug).addTarget(indicator, value, this.clock.instant());
		changed("activity.target.added", slug, "target " + value);
	}

	void recordProgress(String slug, long targetId, LocalDate measuredOn, long value, String by) {
		activity(slug).recordProgress(targetId, measuredOn, value, by, this.clock.instant());
		changed("activity.progress.recorded", slug, "target " + targetId + ": " + value + " on " + measuredOn);
	}

	void addMilestone(String slug, LocalDate reachedOn, Bilingual text, String by) {
		activity(slug).addMilestone(reachedOn, text, by, this.clock.instant());
		changed("activity.milestone.added", slug, "on " + reachedOn);
	}

	/**
	 * Records a change in the audit log and tells the public pages of it: they show it
	 * once the change commits.
	 */
	private void changed(String action, String slug, String detail) {
		this.audit.record(action, slug, detail);
		this.events.publishEvent(new PublicContentChanged("activity " + slug));
	}

	private String freeSlug(String title) {
		String base = Slugs.of(title, "activity");
		String slug = base;
		for (int n = 2; this.activities.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Activity activity(String slug) {
		return this.activities.findBySlug(slug).orElseThrow(() -> new ActivityNotFoundException(slug));
	}

}
