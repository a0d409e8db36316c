package co.gov.mineducacion.cooperation.territory;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Colombia's departments and municipalities as DIVIPOLA lists them: reference data that
 * only a migration changes, read from the database once per cache period (the
 * {@value #CACHE} cache) instead of on every page that names a place.
 */
@Component
class Divipola {

	static final String CACHE = "divipola";

	private final DepartmentRepository departments;

	private final MunicipalityRepository municipalities;

	Divipola(DepartmentRepository departments, MunicipalityRepository municipalities) {
		this.departments = departments;
		this.municipalities = municipalities;
	}

	/**
	 * Every department, in Spanish alphabetical order.
	 */
	@Cacheable(cacheNames = CACHE, key = "'departments'", sync = true)
	public List<DepartmentView> departments() {
		Collator spanish = Collator.getInstance(Languages.SPANISH);
		return this.departments.findAllByOrderByName()
			.stream()
			.map((d) -> new DepartmentView(d.divipolaCode(), d.name()))
			.sorted(Comparator.comparing(DepartmentView::name, spanish))
			.toList();
	}

	/**
	 * Every municipality (islands and non-municipalised areas included), by code.
	 */
	@Cacheable(cacheNames = CACHE, key = "'municipalities'", sync = true)
	public List<MunicipalityView> municipalities() {
		return this.municipalities.findAllByOrderByDivipolaCode()
			.stream()
			.map((m) -> new MunicipalityView(m.divipolaCode(), m.name(), m.departmentCode(), m.latitude(),
					m.longitude()))
			.toList();
	}

}
