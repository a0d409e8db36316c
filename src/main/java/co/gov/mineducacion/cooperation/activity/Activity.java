package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * A cooperation activity. Its status follows from its dates unless staff override it; its
 * slug, which addresses its page and its IATI identifier, never changes.
 */
@Entity
@Table(name = "activity")
class Activity extends ActivityContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String slug;

	@Column(updatable = false)
	private String sourceOfferCode;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Target> targets = new ArrayList<>();

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("reachedOn, id")
	@BatchSize(size = 50)
	private List<Milestone> milestones = new ArrayList<>();

	protected Activity() {
	}

	/**
	 * A new activity; {@code sourceOfferCode} names the accepted offer it comes from, if
	 * any.
	 */
	static Activity create(String slug, ActivityDraft draft, String sourceOfferCode, Instant now) {
		Activity activity = new Activity();
		activity.slug = slug;
		activity.sourceOfferCode = sourceOfferCode;
		activity.createdAt = now;
		activity.revise(draft, now);
		return activity;
	}

	void revise(ActivityDraft draft, Instant now) {
		apply(draft);
		this.updatedAt = now;
	}

	/**
	 * The status on the given day: the staff's override if any, otherwise planned before
	 * the start, finished after the end (the end month's last day for a month) and under
	 * way in between.
	 */
	ActivityStatus statusOn(LocalDate today) {
		if (statusOverride() != null) {
			return statusOverride();
		}
		if (today.isBefore(start().firstDay())) {
			return ActivityStatus.PLANNED;
		}
		if (end() != null && today.isAfter(end().lastDay())) {
			return ActivityStatus.FINISHED;
		}
		return ActivityStatus.UNDER_WAY;
	}

	Target addTarget(Bilingual indicator, long value, Instant now) {
		int position = this.targets.stream().mapToInt(Target::position).max().orElse(0) + 1;
		Target target = new Target(this, indicator, value, position);
		this.targets.add(target);
		this.updatedAt = now;
		return target;
	}

	/**
	 * Records the value a target had reached by a date.
	 * @throws TargetNotFoundException when the target is not this activity's
	 */
	void recordProgress(long targetId, LocalDate measuredOn, long value, String by, Instant now) {
		Target target = this.targets.stream()
			.filter((t) -> t.id() == targetId)
			.findFirst()
			.orElseThrow(TargetNotFoundException::new);
		target.record(measuredOn, value, by, now);
		this.updatedAt = now;
	}

	void addMilestone(LocalDate reachedOn, Bilingual text, String by, Instant now) {
		this.milestones.add(new Milestone(this, reachedOn, text, by, now));
		this.updatedAt = now;
	}

	/**
	 * Every department the activity works in: those named for the activity and those of
	 * its cities, by code.
	 */
	Set<String> allDepartments() {
		Set<String> all = new TreeSet<>(departments());
		cities().forEach((city) -> all.add(city.departmentCode()));
		return all;
	}

	Long id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String sourceOfferCode() {
		return this.sourceOfferCode;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	List<Target> targets() {
		return this.targets;
	}

	List<Milestone> milestones() {
		return this.milestones;
	}

}
