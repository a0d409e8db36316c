package co.gov.mineducacion.cooperation.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A municipality where an activity works, by its 5-digit DIVIPOLA code; the first two
 * digits are its department's code.
 */
@Embeddable
class City {

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "divipola_code", length = 5)
	private String code;

	private String name;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(name = "department_code", length = 2)
	private String departmentCode;

	protected City() {
	}

	City(String code, String name) {
		this.code = code;
		this.name = name;
		this.departmentCode = code.substring(0, 2);
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String departmentCode() {
		return this.departmentCode;
	}

}
