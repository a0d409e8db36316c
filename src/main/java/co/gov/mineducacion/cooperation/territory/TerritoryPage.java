package co.gov.mineducacion.cooperation.territory;

import java.util.List;

import co.gov.mineducacion.cooperation.territory.CooperationFigures.DepartmentFigures;

/**
 * What {@code territory/map.html} shows: the drawing, every department in Spanish
 * alphabetical order with its path, counts, shade (0 to 4) and municipalities with
 * activity (each with its seat's point), the accepted offers of national scope, and what
 * the map shades by.
 */
record TerritoryPage(DepartmentMap.Drawing drawing, List<Department> departments, long nationalAcceptedOffers,
		MapScope scope) {

	public MapScope[] scopes() {
		return MapScope.values();
	}

	/**
	 * The seats drawn on the map: those of the municipalities with activity in the scope
	 * shown (under way, or any).
	 */
	public List<Place> seats() {
		return this.departments.stream()
			.flatMap((d) -> d.municipalities().stream())
			.filter((place) -> this.scope.count(place.municipality()) > 0)
			.toList();
	}

	record Department(String code, String name, String path, boolean inset, DepartmentFigures figures, int shade,
			List<Place> municipalities) {
	}

	/**
	 * A municipality with activity and where its seat falls on the map.
	 */
	record Place(ActiveMunicipality municipality, DepartmentMap.Point seat) {
	}

}
