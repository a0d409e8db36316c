package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * What an activity sets out to reach, as an indicator with a number, and the progress
 * staff record against it over time (each record the value reached by a date).
 */
@Entity
@Table(name = "activity_target")
class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	private String indicatorEs;

	private String indicatorEn;

	private long targetValue;

	private int position;

	@OneToMany(mappedBy = "target", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("measuredOn, id")
	@BatchSize(size = 100)
	private List<Progress> progress = new ArrayList<>();

	protected Target() {
	}

	Target(Activity activity, Bilingual indicator, long targetValue, int position) {
		if (targetValue <= 0) {
			throw new IllegalArgumentException("A target is a positive number");
		}
		this.activity = activity;
		this.indicatorEs = indicator.es();
		this.indicatorEn = indicator.en();
		this.targetValue = targetValue;
		this.position = position;
	}

	void record(LocalDate measuredOn, long value, String by, Instant now) {
		if (value < 0) {
			throw new IllegalArgumentException("Progress is not negative");
		}
		this.progress.add(new Progress(this, measuredOn, value, by, now));
	}

	/**
	 * The most recent measure, by date (the last recorded among measures of one day).
	 */
	Optional<Progress> latest() {
		return this.progress.stream()
			.max(Comparator.comparing(Progress::measuredOn)
				.thenComparing(Progress::id, Comparator.nullsLast(Comparator.naturalOrder())));
	}

	Long id() {
		return this.id;
	}

	Bilingual indicator() {
		return new Bilingual(this.indicatorEs, this.indicatorEn);
	}

	long targetValue() {
		return this.targetValue;
	}

	int position() {
		return this.position;
	}

	List<Progress> progress() {
		return this.progress;
	}

}
