package co.gov.mineducacion.cooperation.catalog.admin;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import co.gov.mineducacion.cooperation.catalog.PolicyAxis;
import co.gov.mineducacion.cooperation.catalog.ProjectDraft;
import co.gov.mineducacion.cooperation.catalog.ProjectEdit;
import co.gov.mineducacion.cooperation.catalog.ProjectLevel;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A strategic project as an ADMIN writes it: titles and objective in both languages,
 * level, axis and the ways to cooperate that fit. The code is typed for a new project
 * only; it never changes afterwards, because offers name the project by it.
 */
class ProjectForm {

	/**
	 * Validation group of the rules that apply to a new project only.
	 */
	interface New {

	}

	@NotBlank(groups = New.class)
	@Size(max = 20)
	@Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
	private String code;

	@NotNull
	private ProjectLevel level;

	@NotNull
	private PolicyAxis axis;

	@NotBlank
	@Size(max = 300)
	private String nameEs;

	@NotBlank
	@Size(max = 300)
	private String nameEn;

	@Size(max = 2000)
	private String objectiveEs;

	@Size(max = 2000)
	private String objectiveEn;

	@NotEmpty
	private Set<String> actionTypes = new LinkedHashSet<>();

	private long version;

	static ProjectForm from(ProjectEdit project) {
		ProjectForm form = new ProjectForm();
		form.code = project.code();
		form.level = project.level();
		form.axis = project.axis();
		form.nameEs = project.name().es();
		form.nameEn = project.name().en();
		form.objectiveEs = (project.objective() != null) ? project.objective().es() : null;
		form.objectiveEn = (project.objective() != null) ? project.objective().en() : null;
		form.actionTypes = new LinkedHashSet<>(project.actionTypes());
		form.version = project.version();
		return form;
	}

	/**
	 * The objective is published in both languages or not at all.
	 */
	void checkObjective(Errors errors) {
		if (this.objectiveEs != null && this.objectiveEn == null) {
			errors.rejectValue("objectiveEn", "BothLanguages");
		}
		if (this.objectiveEn != null && this.objectiveEs == null) {
			errors.rejectValue("objectiveEs", "BothLanguages");
		}
	}

	ProjectDraft toDraft() {
		Bilingual objective = (this.objectiveEs != null && this.objectiveEn != null)
				? new Bilingual(this.objectiveEs, this.objectiveEn) : null;
		return new ProjectDraft(this.level, this.axis, new Bilingual(this.nameEs, this.nameEn), objective,
				this.actionTypes);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		// Codes are capitals by convention; "pbm-cal-06" is what the ADMIN meant.
		this.code = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public ProjectLevel getLevel() {
		return this.level;
	}

	public void setLevel(ProjectLevel level) {
		this.level = level;
	}

	public PolicyAxis getAxis() {
		return this.axis;
	}

	public void setAxis(PolicyAxis axis) {
		this.axis = axis;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getObjectiveEs() {
		return this.objectiveEs;
	}

	public void setObjectiveEs(String objectiveEs) {
		this.objectiveEs = objectiveEs;
	}

	public String getObjectiveEn() {
		return this.objectiveEn;
	}

	public void setObjectiveEn(String objectiveEn) {
		this.objectiveEn = objectiveEn;
	}

	public Set<String> getActionTypes() {
		return this.actionTypes;
	}

	public void setActionTypes(Set<String> actionTypes) {
		this.actionTypes = (actionTypes != null) ? actionTypes : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
