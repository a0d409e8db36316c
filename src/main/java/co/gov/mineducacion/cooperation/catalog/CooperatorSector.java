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
 * A kind of cooperator the Ministry works with, as described under "Who may cooperate?".
 */
@Entity
@Table(name = "cooperator_sector")
class CooperatorSector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	private String nameEs;

	private String nameEn;

	private String textEs;

	private String textEn;

	private int position;

	@Version
	private long version;

	protected CooperatorSector() {
	}

	String code() {
		return this.code;
	}

	Bilingual name() {
		return new Bilingual(this.nameEs, this.nameEn);
	}

	Bilingual text() {
		return new Bilingual(this.textEs, this.textEn);
	}

	int position() {
		return this.position;
	}

}
