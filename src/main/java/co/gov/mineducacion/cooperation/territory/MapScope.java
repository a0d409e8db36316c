package co.gov.mineducacion.cooperation.territory;

import java.util.Arrays;
import java.util.Optional;

import co.gov.mineducacion.cooperation.territory.CooperationFigures.DepartmentFigures;

/**
 * What the map shades by: the cooperation under way (activities under way and accepted
 * offers), or all of it, finished activities included. Chosen with {@code ?show=}.
 */
enum MapScope {

	UNDER_WAY, ALL;

	long count(DepartmentFigures figures) {
		return (this == ALL) ? figures.activities() + figures.acceptedOffers() : figures.current();
	}

	long count(ActiveMunicipality municipality) {
		return (this == ALL) ? municipality.activities() : municipality.activitiesUnderWay();
	}

	/**
	 * The scope named by the request's parameter, if it names one.
	 */
	static Optional<MapScope> named(String value) {
		return Arrays.stream(values()).filter((scope) -> scope.name().equalsIgnoreCase(value)).findFirst();
	}

}
