package co.gov.mineducacion.cooperation.office;

import java.time.Instant;

import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An answer the office sends submitters with one workflow move, in Spanish and English.
 * Retired templates stay for the record but are no longer offered.
 */
@Entity
@Table(name = "answer_template")
class AnswerTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private ReviewMove purpose;

	private String subjectEs;

	private String bodyEs;

	private String subjectEn;

	private String bodyEn;

	private boolean retired;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected AnswerTemplate() {
	}

	AnswerTemplate(String name, ReviewMove purpose, Bilingual subject, Bilingual body, Instant now) {
		this.createdAt = now;
		revise(name, purpose, subject, body, now);
	}

	void revise(String name, ReviewMove purpose, Bilingual subject, Bilingual body, Instant now) {
		this.name = name;
		this.purpose = purpose;
		this.subjectEs = subject.es();
		this.subjectEn = subject.en();
		this.bodyEs = body.es();
		this.bodyEn = body.en();
		this.updatedAt = now;
	}

	void retire(Instant now) {
		this.retired = true;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		this.retired = false;
		this.updatedAt = now;
	}

	Long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	ReviewMove purpose() {
		return this.purpose;
	}

	Bilingual subject() {
		return new Bilingual(this.subjectEs, this.subjectEn);
	}

	Bilingual body() {
		return new Bilingual(this.bodyEs, this.bodyEn);
	}

	boolean isRetired() {
		return this.retired;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

}
