package co.gov.mineducacion.cooperation.territory;

/**
 * What the territorial view counts. The territory feature draws the map; the feature that
 * knows activities and accepted offers implements this, so that the map, the lists and
 * the open data count alike.
 */
public interface TerritoryFigures {

	CooperationFigures figures();

}
