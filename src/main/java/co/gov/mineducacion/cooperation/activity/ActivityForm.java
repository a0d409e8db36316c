package co.gov.mineducacion.cooperation.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.CityEntry;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.Contact;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.LinkEntry;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.OrganisationEntry;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The activity form in the admin area. Organisations, cities and links are typed one per
 * line: organisations by role, cities as "08001 Barranquilla" (DIVIPOLA code and name),
 * links as "https://… Title".
 */
class ActivityForm extends ActivityFormFunding {

	static final String MONTH_OR_DAY = "\\d{4}-\\d{2}(-\\d{2})?";

	@NotBlank
	@Size(max = 300)
	private String titleEs;

	@NotBlank
	@Size(max = 300)
	private String titleEn;

	@NotBlank
	@Size(max = 10000)
	private String descriptionEs;

	@NotBlank
	@Size(max = 10000)
	private String descriptionEn;

	@NotBlank
	@Pattern(regexp = MONTH_OR_DAY)
	private String start;

	@Pattern(regexp = MONTH_OR_DAY)
	private String end;

	private String statusOverride;

	@Min(0)
	@Max(120)
	private Integer ageMin;

	@Min(0)
	@Max(120)
	private Integer ageMax;

	private List<String> departments = new ArrayList<>();

	private List<String> strategicProjects = new ArrayList<>();

	private List<String> actionTypes = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	@Size(max = 150)
	private String contactName;

	@Size(max = 200)
	private String contactDepartmentEs;

	@Size(max = 200)
	private String contactDepartmentEn;

	@PublicEmail
	@Size(max = 254)
	private String contactEmail;

	@Size(max = 40)
	private String contactPhone;

	private long version;

	private String offer;

	/**
	 * The checked, typed draft; call once the form and its rules passed.
	 */
	ActivityDraft toDraft() {
		List<OrganisationEntry> organisations = new ArrayList<>();
		lines(getFunders()).forEach((line) -> organisations.add(FundingText.funder(line)));
		lines(getImplementers())
			.forEach((name) -> organisations.add(new OrganisationEntry(OrganisationRole.IMPLEMENTER, name)));
		lines(getPartners())
			.forEach((name) -> organisations.add(new OrganisationEntry(OrganisationRole.PARTNER, name)));
		List<CityEntry> cities = placeLines().stream()
			.map((line) -> new CityEntry(line.substring(0, 5), line.substring(5).strip()))
			.toList();
		List<LinkEntry> links = lines(getLinks()).stream().map((line) -> {
			String[] parts = line.split("\\s+", 2);
			return new LinkEntry(parts[0], parts[1].strip());
		}).toList();
		Bilingual department = (this.contactDepartmentEs != null || this.contactDepartmentEn != null)
				? new Bilingual(this.contactDepartmentEs, this.contactDepartmentEn) : null;
		return new ActivityDraft(new Bilingual(this.titleEs, this.titleEn),
				new Bilingual(this.descriptionEs, this.descriptionEn), PartialDate.parse(this.start),
				PartialDate.parse(this.end), statusOverrideValue(), this.ageMin, this.ageMax, organisations,
				new LinkedHashSet<>(this.departments), cities, new LinkedHashSet<>(this.strategicProjects),
				new LinkedHashSet<>(this.actionTypes), new LinkedHashSet<>(this.sectors), links,
				new Contact(this.contactName, department, this.contactEmail, this.contactPhone), cooperation());
	}

	ActivityStatus statusOverrideValue() {
		return (this.statusOverride == null) ? null : ActivityStatus.valueOf(this.statusOverride);
	}

	public String getTitleEs() {
		return this.titleEs;
	}

	public void setTitleEs(String titleEs) {
		this.titleEs = titleEs;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescriptionEs() {
		return this.descriptionEs;
	}

	public void setDescriptionEs(String descriptionEs) {
		this.descriptionEs = descriptionEs;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getStart() {
		return this.start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return this.end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getStatusOverride() {
		return this.statusOverride;
	}

	public void setStatusOverride(String statusOverride) {
		this.statusOverride = statusOverride;
	}

	public Integer getAgeMin() {
		return this.ageMin;
	}

	public void setAgeMin(Integer ageMin) {
		this.ageMin = ageMin;
	}

	public Integer getAgeMax() {
		return this.ageMax;
	}

	public void setAgeMax(Integer ageMax) {
		this.ageMax = ageMax;
	}

	public List<String> getDepartments() {
		return this.departments;
	}

	public void setDepartments(List<String> departments) {
		this.departments = departments;
	}

	public List<String> getStrategicProjects() {
		return this.strategicProjects;
	}

	public void setStrategicProjects(List<String> strategicProjects) {
		this.strategicProjects = strategicProjects;
	}

	public List<String> getActionTypes() {
		return this.actionTypes;
	}

	public void setActionTypes(List<String> actionTypes) {
		this.actionTypes = actionTypes;
	}

	public List<String> getSectors() {
		return this.sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactDepartmentEs() {
		return this.contactDepartmentEs;
	}

	public void setContactDepartmentEs(String contactDepartmentEs) {
		this.contactDepartmentEs = contactDepartmentEs;
	}

	public String getContactDepartmentEn() {
		return this.contactDepartmentEn;
	}

	public void setContactDepartmentEn(String contactDepartmentEn) {
		this.contactDepartmentEn = contactDepartmentEn;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getOffer() {
		return this.offer;
	}

	public void setOffer(String offer) {
		this.offer = offer;
	}

}
