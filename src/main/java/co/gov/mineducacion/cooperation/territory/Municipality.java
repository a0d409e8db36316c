package co.gov.mineducacion.cooperation.territory;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of Colombia's 1,122 municipalities (islands and non-municipalised areas included)
 * by its 5-digit DIVIPOLA code, with the point of its seat as DANE publishes it (V39).
 */
@Entity
@Table(name = "municipality")
class Municipality {

	/**
	 * DANE's kind of territorial unit.
	 */
	enum Kind {

		MUNICIPALITY, ISLAND, NON_MUNICIPALISED_AREA

	}

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 5)
	private String divipolaCode;

	private String name;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String departmentCode;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private BigDecimal latitude;

	private BigDecimal longitude;

	protected Municipality() {
	}

	String divipolaCode() {
		return this.divipolaCode;
	}

	String name() {
		return this.name;
	}

	String departmentCode() {
		return this.departmentCode;
	}

	Kind kind() {
		return this.kind;
	}

	BigDecimal latitude() {
		return this.latitude;
	}

	BigDecimal longitude() {
		return this.longitude;
	}

}
