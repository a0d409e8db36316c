package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An OECD DAC 5-digit purpose code the office may assign to activities.
 */
@Entity
@Table(name = "dac_sector")
class DacSector {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 5)
	private String code;

	private String nameEs;

	private String nameEn;

	private int position;

	protected DacSector() {
	}

	String code() {
		return this.code;
	}

	Bilingual name() {
		return new Bilingual(this.nameEs, this.nameEn);
	}

}
