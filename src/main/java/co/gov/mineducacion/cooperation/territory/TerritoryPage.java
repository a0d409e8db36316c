package co.gov.mineducacion.cooperation.territory;

import java.util.List;

import co.gov.mineducacion.cooperation.territory.CooperationFigures.DepartmentFigures;

/**
 * What {@code territory/map.html} shows: the drawing, every department in Spanish
 * alphabetical order with its path, counts and shade (0 to 4), and the accepted offers of
 * national scope, and what the map shades by.
 */
record TerritoryPage(DepartmentMap.Drawing drawing, List<Department> departments, long nationalAcceptedOffers,
		MapScope scope) {

	public MapScope[] scopes() {
		return MapScope.values();
	}

	record Department(String code, String name, String path, boolean inset, DepartmentFigures figures, int shade) {
	}

}
