package co.gov.mineducacion.cooperation.need;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * Where a need is, as the form takes it: departments ticked, municipalities typed one per
 * line ("54001 San José de Cúcuta") and one more picked in the searchable field.
 */
abstract class NeedFormPlaces {

	private List<String> departments = new ArrayList<>();

	@Size(max = 5000)
	private String municipalities;

	@Size(max = 200)
	private String addMunicipality;

	/**
	 * The typed municipalities, one per line, with the picked one last unless already
	 * there.
	 */
	List<String> municipalityLines() {
		List<String> lines = new ArrayList<>((this.municipalities == null) ? List.of()
				: this.municipalities.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList());
		if (this.addMunicipality != null && this.addMunicipality.length() >= 5
				&& lines.stream().noneMatch((line) -> line.startsWith(this.addMunicipality.substring(0, 5)))) {
			lines.add(this.addMunicipality);
		}
		return lines;
	}

	Set<String> municipalityCodes() {
		Set<String> codes = new LinkedHashSet<>();
		municipalityLines().forEach((line) -> codes.add(line.substring(0, 5)));
		return codes;
	}

	public List<String> getDepartments() {
		return this.departments;
	}

	public void setDepartments(List<String> departments) {
		this.departments = departments;
	}

	public String getMunicipalities() {
		return this.municipalities;
	}

	public void setMunicipalities(String municipalities) {
		this.municipalities = municipalities;
	}

	/**
	 * The municipality picked in the searchable field ("54001 San José de Cúcuta").
	 */
	public String getAddMunicipality() {
		return this.addMunicipality;
	}

	public void setAddMunicipality(String addMunicipality) {
		this.addMunicipality = addMunicipality;
	}

}
