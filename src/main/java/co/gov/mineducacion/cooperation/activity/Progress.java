package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The value a target had reached by a date, as a staff member recorded it.
 */
@Entity
@Table(name = "activity_progress")
class Progress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "target_id")
	private Target target;

	private LocalDate measuredOn;

	private long value;

	private String recordedBy;

	private Instant recordedAt;

	protected Progress() {
	}

	Progress(Target target, LocalDate measuredOn, long value, String recordedBy, Instant recordedAt) {
		this.target = target;
		this.measuredOn = measuredOn;
		this.value = value;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long id() {
		return this.id;
	}

	LocalDate measuredOn() {
		return this.measuredOn;
	}

	long value() {
		return this.value;
	}

}
