package co.gov.mineducacion.cooperation.territory;

/**
 * A department by its DIVIPOLA code and official name.
 */
public record DepartmentView(String code, String name) {

}
