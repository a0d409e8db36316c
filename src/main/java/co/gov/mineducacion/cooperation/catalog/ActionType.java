package co.gov.mineducacion.cooperation.catalog;

import java.util.Objects;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the ways to cooperate listed under "How to cooperate?" (A01 to A13). Offers name
 * it by its code, which never changes; the office rewords its texts.
 */
@Entity
@Table(name = "action_type")
class ActionType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	private String shortNameEs;

	private String shortNameEn;

	private String textEs;

	private String textEn;

	private int position;

	@Version
	private long version;

	protected ActionType() {
	}

	String code() {
		return this.code;
	}

	Bilingual shortName() {
		return new Bilingual(this.shortNameEs, this.shortNameEn);
	}

	Bilingual text() {
		return new Bilingual(this.textEs, this.textEn);
	}

	int position() {
		return this.position;
	}

	long version() {
		return this.version;
	}

	/**
	 * Gives the way to cooperate a new short name and description, both in both
	 * languages.
	 * @return whether anything changed
	 */
	boolean reword(Bilingual shortName, Bilingual text) {
		String[] values = { required(shortName).es(), shortName.en(), required(text).es(), text.en() };
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("A way to cooperate needs its texts in both languages");
			}
		}
		boolean changed = !Objects.equals(shortName(), shortName) || !Objects.equals(text(), text);
		this.shortNameEs = shortName.es();
		this.shortNameEn = shortName.en();
		this.textEs = text.es();
		this.textEn = text.en();
		return changed;
	}

	private static Bilingual required(Bilingual value) {
		return Objects.requireNonNull(value, "text");
	}

}
