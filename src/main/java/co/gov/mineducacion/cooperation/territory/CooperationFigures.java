package co.gov.mineducacion.cooperation.territory;

import java.util.Map;

/**
 * Cooperation by department: activities under way, all activities, and accepted offers,
 * by DIVIPOLA code (departments with nothing are absent); the activities by municipality
 * (5-digit code, municipalities without any absent); plus the accepted offers of national
 * scope, which name no department.
 */
public record CooperationFigures(Map<String, DepartmentFigures> byDepartment,
		Map<String, MunicipalityFigures> byMunicipality, long nationalAcceptedOffers) {

	public DepartmentFigures of(String departmentCode) {
		return this.byDepartment.getOrDefault(departmentCode, DepartmentFigures.NONE);
	}

	/**
	 * One department's counts.
	 */
	public record DepartmentFigures(long activitiesUnderWay, long activities, long acceptedOffers) {

		public static final DepartmentFigures NONE = new DepartmentFigures(0, 0, 0);

		/**
		 * What the map shades by: cooperation happening now, activities under way and
		 * accepted offers.
		 */
		public long current() {
			return this.activitiesUnderWay + this.acceptedOffers;
		}

	}

	/**
	 * One municipality's activities: under way and in total.
	 */
	public record MunicipalityFigures(long activitiesUnderWay, long activities) {
	}

}
