package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.util.List;

import co.gov.mineducacion.cooperation.territory.ActiveMunicipality;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Cooperation by municipality as CSV: the places with activity, by DIVIPOLA code, with
 * their seats' points and the same numbers as the map's list of municipalities. It starts
 * with a UTF-8 byte-order mark, so that spreadsheets keep the accents.
 */
@Component
class PlaceFiles {

	static final List<String> MUNICIPALITY_COLUMNS = List.of("divipola_code", "name", "department_code", "department",
			"latitude", "longitude", "activities_under_way", "activities");

	private final TerritoryService territory;

	private final FileStamps stamps;

	PlaceFiles(TerritoryService territory, FileStamps stamps) {
		this.territory = territory;
		this.stamps = stamps;
	}

	PublishedFile municipalitiesCsv() {
		Csv csv = new Csv(MUNICIPALITY_COLUMNS.toArray(String[]::new));
		for (ActiveMunicipality m : this.territory.municipalitiesWithActivity()) {
			csv.row(List.of(m.code(), m.name(), m.departmentCode(), m.departmentName(), degrees(m.latitude()),
					degrees(m.longitude()), m.activitiesUnderWay(), m.activities()));
		}
		return this.stamps.stamp("municipalities.csv", ActivityFiles.CSV, csv.bytesWithByteOrderMark());
	}

	/**
	 * Decimal degrees as DANE writes them: plain digits, trailing zeros dropped.
	 */
	private static String degrees(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
