package co.gov.mineducacion.cooperation.territory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.territory.CooperationFigures.MunicipalityFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colombia's departments and municipalities, as other features name and check them.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryService {

	private final Divipola divipola;

	private final TerritoryFigures figures;

	TerritoryService(Divipola divipola, TerritoryFigures figures) {
		this.divipola = divipola;
		this.figures = figures;
	}

	/**
	 * Every department, in Spanish alphabetical order.
	 */
	public List<DepartmentView> departments() {
		return this.divipola.departments();
	}

	public Set<String> departmentCodes() {
		return departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
	}

	/**
	 * Every municipality (islands and non-municipalised areas included), by code.
	 */
	public List<MunicipalityView> municipalities() {
		return this.divipola.municipalities();
	}

	public Set<String> municipalityCodes() {
		return municipalities().stream().map(MunicipalityView::code).collect(Collectors.toSet());
	}

	/**
	 * The municipalities where at least one activity works, by code, counted as the map
	 * counts them.
	 */
	public List<ActiveMunicipality> municipalitiesWithActivity() {
		return municipalitiesWithActivity(this.figures.figures());
	}

	List<ActiveMunicipality> municipalitiesWithActivity(CooperationFigures current) {
		Map<String, String> departmentNames = departments().stream()
			.collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
		return municipalities().stream().filter((m) -> current.byMunicipality().containsKey(m.code())).map((m) -> {
			MunicipalityFigures f = current.byMunicipality().get(m.code());
			return new ActiveMunicipality(m.code(), m.name(), m.departmentCode(),
					departmentNames.get(m.departmentCode()), m.latitude(), m.longitude(), f.activitiesUnderWay(),
					f.activities());
		}).toList();
	}

}
