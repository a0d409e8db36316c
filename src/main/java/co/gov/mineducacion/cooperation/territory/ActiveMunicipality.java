package co.gov.mineducacion.cooperation.territory;

import java.math.BigDecimal;

/**
 * A municipality where at least one activity works: its 5-digit DIVIPOLA code, DANE name,
 * department, the point of its seat, and its activities under way and in total.
 */
public record ActiveMunicipality(String code, String name, String departmentCode, String departmentName,
		BigDecimal latitude, BigDecimal longitude, long activitiesUnderWay, long activities) {

	/**
	 * The name with its department, as a list of choices shows it: "San José de Cúcuta
	 * (Norte de Santander)".
	 */
	public String nameWithDepartment() {
		return this.name + " (" + this.departmentName + ")";
	}

}
