package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Something an activity achieved on a date, told in both languages.
 */
@Entity
@Table(name = "activity_milestone")
class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	private LocalDate reachedOn;

	private String textEs;

	private String textEn;

	private String recordedBy;

	private Instant recordedAt;

	protected Milestone() {
	}

	Milestone(Activity activity, LocalDate reachedOn, Bilingual text, String recordedBy, Instant recordedAt) {
		this.activity = activity;
		this.reachedOn = reachedOn;
		this.textEs = text.es();
		this.textEn = text.en();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	LocalDate reachedOn() {
		return this.reachedOn;
	}

	Bilingual text() {
		return new Bilingual(this.textEs, this.textEn);
	}

}
