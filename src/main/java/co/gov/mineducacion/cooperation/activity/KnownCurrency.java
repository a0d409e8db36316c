package co.gov.mineducacion.cooperation.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An ISO 4217 currency an amount may carry: the active codes of IATI's Currency codelist
 * (V40).
 */
@Entity
@Table(name = "currency")
class KnownCurrency {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String code;

	private String name;

	protected KnownCurrency() {
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

}
