package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Sustainable Development Goal, by its IATI UNSDG-Goals code, with its short name in
 * both languages (V41).
 */
@Entity
@Table(name = "sdg_goal")
class SdgGoal {

	@Id
	private Short code;

	private String nameEs;

	private String nameEn;

	protected SdgGoal() {
	}

	int code() {
		return this.code;
	}

	Bilingual name() {
		return new Bilingual(this.nameEs, this.nameEn);
	}

}
