package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The need form in the admin area. Municipalities are typed one per line as "08001
 * Barranquilla" or picked in the searchable field, as on the activity form; the amount
 * and its currency, or the count and its unit, follow the kind chosen
 * ({@link NeedFormRules}).
 */
class NeedForm extends NeedFormPlaces {

	private Long version;

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
	private String project;

	@NotEmpty
	private List<String> actionTypes = new ArrayList<>();

	@NotNull
	private SoughtKind soughtKind;

	@DecimalMin("0.01")
	@Digits(integer = 16, fraction = 2)
	private BigDecimal amount;

	private String currency;

	@Min(1)
	@Max(1_000_000_000)
	private Long quantity;

	@Size(max = 100)
	private String unitEs;

	@Size(max = 100)
	private String unitEn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@NotNull
	private NeedStatus status = NeedStatus.OPEN;

	private List<String> activities = new ArrayList<>();

	NeedDraft toDraft() {
		Sought sought = (this.soughtKind == SoughtKind.AMOUNT) ? Sought.amount(this.amount, this.currency)
				: Sought.count(this.quantity, new Bilingual(this.unitEs, this.unitEn));
		return new NeedDraft(new Bilingual(this.titleEs, this.titleEn),
				new Bilingual(this.descriptionEs, this.descriptionEn), this.project,
				new LinkedHashSet<>(getDepartments()), municipalityCodes(), new LinkedHashSet<>(this.actionTypes),
				sought, this.dueDate, this.status, new LinkedHashSet<>(this.activities));
	}

	static NeedForm of(Need need, List<String> municipalityLines) {
		NeedForm form = new NeedForm();
		form.version = need.version();
		form.titleEs = need.title().es();
		form.titleEn = need.title().en();
		form.descriptionEs = need.description().es();
		form.descriptionEn = need.description().en();
		form.project = need.project();
		form.setDepartments(new ArrayList<>(need.departments()));
		form.setMunicipalities(String.join("\n", municipalityLines));
		form.actionTypes = new ArrayList<>(need.actionTypes());
		Sought sought = need.sought();
		form.soughtKind = sought.isAmount() ? SoughtKind.AMOUNT : SoughtKind.COUNT;
		form.amount = sought.amount();
		form.currency = sought.currency();
		form.quantity = sought.quantity();
		form.unitEs = (sought.unit() != null) ? sought.unit().es() : null;
		form.unitEn = (sought.unit() != null) ? sought.unit().en() : null;
		form.dueDate = need.dueDate();
		form.status = need.status();
		form.activities = new ArrayList<>(need.activities());
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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

	public String getProject() {
		return this.project;
	}

	public void setProject(String project) {
		this.project = project;
	}

	public List<String> getActionTypes() {
		return this.actionTypes;
	}

	public void setActionTypes(List<String> actionTypes) {
		this.actionTypes = actionTypes;
	}

	public SoughtKind getSoughtKind() {
		return this.soughtKind;
	}

	public void setSoughtKind(SoughtKind soughtKind) {
		this.soughtKind = soughtKind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Long getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Long quantity) {
		this.quantity = quantity;
	}

	public String getUnitEs() {
		return this.unitEs;
	}

	public void setUnitEs(String unitEs) {
		this.unitEs = unitEs;
	}

	public String getUnitEn() {
		return this.unitEn;
	}

	public void setUnitEn(String unitEn) {
		this.unitEn = unitEn;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public NeedStatus getStatus() {
		return this.status;
	}

	public void setStatus(NeedStatus status) {
		this.status = status;
	}

	public List<String> getActivities() {
		return this.activities;
	}

	public void setActivities(List<String> activities) {
		this.activities = activities;
	}

}
