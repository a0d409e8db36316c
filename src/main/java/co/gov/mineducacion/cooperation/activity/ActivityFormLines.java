package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The parts of the activity form typed one item per line.
 */
abstract class ActivityFormLines {

	@Size(max = 2000)
	private String funders;

	@Size(max = 2000)
	private String implementers;

	@Size(max = 2000)
	private String partners;

	@Size(max = 5000)
	private String cities;

	@Size(max = 5000)
	private String links;

	@Size(max = 200)
	private String addMunicipality;

	/**
	 * The non-blank lines of a text area, trimmed.
	 */
	static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public String getFunders() {
		return this.funders;
	}

	public void setFunders(String funders) {
		this.funders = funders;
	}

	public String getImplementers() {
		return this.implementers;
	}

	public void setImplementers(String implementers) {
		this.implementers = implementers;
	}

	public String getPartners() {
		return this.partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getCities() {
		return this.cities;
	}

	public void setCities(String cities) {
		this.cities = cities;
	}

	/**
	 * The municipality picked in the searchable field ("54001 San José de Cúcuta"), added
	 * to the typed places on saving.
	 */
	public String getAddMunicipality() {
		return this.addMunicipality;
	}

	public void setAddMunicipality(String addMunicipality) {
		this.addMunicipality = addMunicipality;
	}

	/**
	 * The typed places, one per line, with the picked municipality last unless already
	 * there.
	 */
	List<String> placeLines() {
		List<String> places = new java.util.ArrayList<>(lines(this.cities));
		if (this.addMunicipality != null
				&& places.stream().noneMatch((line) -> line.startsWith(this.addMunicipality.substring(0, 5)))) {
			places.add(this.addMunicipality);
		}
		return places;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

}
