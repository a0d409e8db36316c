package co.gov.mineducacion.cooperation.territory;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import co.gov.mineducacion.cooperation.territory.CooperationFigures.DepartmentFigures;

import org.springframework.stereotype.Service;

/**
 * The page of {@code /territory}: the map with every department shaded by the cooperation
 * under way there (or all of it, finished activities included) and the seats of the
 * municipalities with activity as points, and the same numbers as tables.
 */
@Service
class TerritorialView {

	/**
	 * The lower bound of each shade of the map: 0, 1, 2 to 4, 5 to 9, 10 or more.
	 */
	static final long[] SHADES = { 0, 1, 2, 5, 10 };

	private final TerritoryService territory;

	private final DepartmentMap map;

	private final TerritoryFigures figures;

	TerritorialView(TerritoryService territory, DepartmentMap map, TerritoryFigures figures) {
		this.territory = territory;
		this.map = map;
		this.figures = figures;
	}

	/**
	 * The page with the map shaded by the scope asked for; without one, by the
	 * cooperation under way when there is any, else by all of it.
	 */
	TerritoryPage page(Optional<MapScope> requested) {
		CooperationFigures current = this.figures.figures();
		boolean anyUnderWay = current.byDepartment().values().stream().anyMatch((f) -> f.activitiesUnderWay() > 0);
		MapScope scope = requested.orElse(anyUnderWay ? MapScope.UNDER_WAY : MapScope.ALL);
		DepartmentMap.Drawing drawing = this.map.drawing();
		Map<String, List<TerritoryPage.Place>> places = this.territory.municipalitiesWithActivity(current)
			.stream()
			.sorted(Comparator.comparing(ActiveMunicipality::name, Collator.getInstance(Languages.SPANISH)))
			.map((m) -> new TerritoryPage.Place(m,
					drawing.point(m.departmentCode(), m.longitude().doubleValue(), m.latitude().doubleValue())))
			.collect(Collectors.groupingBy((p) -> p.municipality().departmentCode()));
		List<TerritoryPage.Department> departments = this.territory.departments()
			.stream()
			.map((d) -> department(d, current.of(d.code()), drawing, scope, places.getOrDefault(d.code(), List.of())))
			.toList();
		return new TerritoryPage(drawing, departments, current.nationalAcceptedOffers(), scope);
	}

	private static TerritoryPage.Department department(DepartmentView department, DepartmentFigures figures,
			DepartmentMap.Drawing drawing, MapScope scope, List<TerritoryPage.Place> municipalities) {
		return new TerritoryPage.Department(department.code(), department.name(),
				drawing.paths().get(department.code()), DepartmentMap.ISLANDS.equals(department.code()), figures,
				shade(scope.count(figures)), municipalities);
	}

	static int shade(long count) {
		int shade = 0;
		for (int i = 0; i < SHADES.length; i++) {
			if (count >= SHADES[i]) {
				shade = i;
			}
		}
		return shade;
	}

}
