package co.gov.mineducacion.cooperation.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of Colombia's 32 departments or Bogotá D.C., by its DIVIPOLA code.
 */
@Entity
@Table(name = "department")
class Department {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String divipolaCode;

	private String name;

	private String capital;

	protected Department() {
	}

	String divipolaCode() {
		return this.divipolaCode;
	}

	String name() {
		return this.name;
	}

}
