package co.gov.mineducacion.cooperation.territory;

import java.math.BigDecimal;

/**
 * A municipality by its 5-digit DIVIPOLA code, its DANE name, its department's code and
 * the point of its seat.
 */
public record MunicipalityView(String code, String name, String departmentCode, BigDecimal latitude,
		BigDecimal longitude) {

}
