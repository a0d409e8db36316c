package co.gov.mineducacion.cooperation.catalog;

import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * The catalogue as stored, in both languages, made of immutable records so that a cache
 * can hold it and every request can share it.
 *
 * @param projects the published strategic projects, by code
 * @param actionTypes the ways to cooperate, in their published order
 * @param sectors the kinds of cooperators, in their published order
 * @param projectNames the name of every project by code, retired ones included (old
 * offers still name them)
 */
record CatalogSnapshot(List<Project> projects, List<Way> actionTypes, List<Sector> sectors,
		Map<String, Bilingual> projectNames) {

	CatalogSnapshot {
		projects = List.copyOf(projects);
		actionTypes = List.copyOf(actionTypes);
		sectors = List.copyOf(sectors);
		projectNames = Map.copyOf(projectNames);
	}

	/**
	 * A published project; {@code objective} is {@code null} while unknown.
	 */
	record Project(String code, ProjectLevel level, PolicyAxis axis, Bilingual name, Bilingual objective,
			List<String> actionTypes) {

		Project {
			actionTypes = List.copyOf(actionTypes);
		}

	}

	record Way(String code, Bilingual shortName, Bilingual text) {
	}

	record Sector(String code, Bilingual name, Bilingual text) {
	}

}
