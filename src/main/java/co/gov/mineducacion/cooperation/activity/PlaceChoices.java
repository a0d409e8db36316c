package co.gov.mineducacion.cooperation.activity;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.territory.ActiveMunicipality;
import co.gov.mineducacion.cooperation.territory.DepartmentView;
import co.gov.mineducacion.cooperation.territory.MunicipalityView;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * The places the public list of activities filters by: every department, and the
 * municipalities where some activity works, so that no choice leads to an empty list.
 */
@Component
class PlaceChoices {

	private final TerritoryService territory;

	PlaceChoices(TerritoryService territory) {
		this.territory = territory;
	}

	List<DepartmentView> departments() {
		return this.territory.departments();
	}

	/**
	 * The municipalities with activity, by name, labelled with their department; with the
	 * municipality the filter names when it has none yet, so that the form shows it.
	 */
	MunicipalityChoices municipalities(ActivityFilter filter) {
		Collator spanish = Collator.getInstance(Languages.SPANISH);
		List<Option> options = new ArrayList<>(this.territory.municipalitiesWithActivity()
			.stream()
			.sorted(Comparator.comparing(ActiveMunicipality::name, spanish))
			.map((m) -> new Option(m.code(), m.nameWithDepartment()))
			.toList());
		String chosen = filter.municipality();
		if (!ActivityFilter.present(chosen) || options.stream().anyMatch((o) -> o.code().equals(chosen))) {
			return new MunicipalityChoices(options, null, null);
		}
		Optional<MunicipalityView> named = this.territory.municipalities()
			.stream()
			.filter((m) -> m.code().equals(chosen))
			.findFirst();
		if (named.isEmpty()) {
			return new MunicipalityChoices(options, chosen, null);
		}
		options.add(0, new Option(chosen, named.get().name()));
		return new MunicipalityChoices(options, null, named.get().name());
	}

	/**
	 * The municipalities to choose from, and what the list says of the one asked for: an
	 * unknown code, or the name of a municipality without activity (else both null).
	 */
	record MunicipalityChoices(List<Option> options, String unknownCode, String withoutActivity) {
	}

}
