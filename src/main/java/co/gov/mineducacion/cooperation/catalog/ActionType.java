package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the ways to cooperate listed under "How to cooperate?" (A01 to A13).
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

}
