package co.gov.mineducacion.cooperation.publication;

import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One policy in both languages, with the version number and the date the public sees.
 * Rewording it raises the version and sets the date; saving it unchanged does neither.
 */
@Entity
@Table(name = "legal_text")
class LegalText {

	static final int MAX_LENGTH = 60_000;

	@Id
	@Enumerated(EnumType.STRING)
	private LegalTextKind code;

	private String bodyEs;

	private String bodyEn;

	@Column(nullable = false)
	private int revision;

	private LocalDate revisedOn;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected LegalText() {
	}

	/**
	 * Replaces the text in both languages.
	 * @return whether it changed (and so got a new version and date)
	 */
	boolean reword(Bilingual body, String by, Instant at, LocalDate on) {
		if (blank(body.es()) || blank(body.en()) || body.es().length() > MAX_LENGTH
				|| body.en().length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A policy needs its text in both languages, within " + MAX_LENGTH);
		}
		if (body.equals(body())) {
			return false;
		}
		this.bodyEs = body.es();
		this.bodyEn = body.en();
		this.revision++;
		this.revisedOn = on;
		this.updatedBy = by;
		this.updatedAt = at;
		return true;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	LegalTextKind kind() {
		return this.code;
	}

	Bilingual body() {
		return new Bilingual(this.bodyEs, this.bodyEn);
	}

	int revision() {
		return this.revision;
	}

	LocalDate revisedOn() {
		return this.revisedOn;
	}

	long version() {
		return this.version;
	}

}
