package co.gov.mineducacion.cooperation.territory;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.text.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colombia's departments and municipalities, as other features name and check them.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryService {

	private final DepartmentRepository departments;

	private final MunicipalityRepository municipalities;

	TerritoryService(DepartmentRepository departments, MunicipalityRepository municipalities) {
		this.departments = departments;
		this.municipalities = municipalities;
	}

	/**
	 * Every department, in Spanish alphabetical order.
	 */
	public List<DepartmentView> departments() {
		Collator spanish = Collator.getInstance(Languages.SPANISH);
		return this.departments.findAllByOrderByName()
			.stream()
			.map((d) -> new DepartmentView(d.divipolaCode(), d.name()))
			.sorted(Comparator.comparing(DepartmentView::name, spanish))
			.toList();
	}

	public Set<String> departmentCodes() {
		return departments().stream().map(DepartmentView::code).collect(Collectors.toSet());
	}

	/**
	 * Every municipality (islands and non-municipalised areas included), by code.
	 */
	public List<MunicipalityView> municipalities() {
		return this.municipalities.findAllByOrderByDivipolaCode()
			.stream()
			.map((m) -> new MunicipalityView(m.divipolaCode(), m.name(), m.departmentCode(), m.latitude(),
					m.longitude()))
			.toList();
	}

	public Set<String> municipalityCodes() {
		return municipalities().stream().map(MunicipalityView::code).collect(Collectors.toSet());
	}

}
