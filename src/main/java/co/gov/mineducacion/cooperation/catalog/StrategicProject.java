package co.gov.mineducacion.cooperation.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the Ministry's strategic projects. Its objective is known for a few projects
 * only; the office completes the rest, adds the projects still missing, and retires the
 * ones the Ministry no longer runs. A retired project leaves the public pages and the
 * offer form, but keeps its row: offers filed for it still name it.
 */
@Entity
@Table(name = "strategic_project")
class StrategicProject {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	private ProjectLevel level;

	@Enumerated(EnumType.STRING)
	private PolicyAxis axis;

	private String nameEs;

	private String nameEn;

	private String objectiveEs;

	private String objectiveEn;

	private String source;

	private boolean retired;

	@ManyToMany
	@JoinTable(name = "strategic_project_action_type", joinColumns = @JoinColumn(name = "strategic_project_id"),
			inverseJoinColumns = @JoinColumn(name = "action_type_id"))
	@OrderBy("position")
	private Set<ActionType> actionTypes = new LinkedHashSet<>();

	@Version
	private long version;

	protected StrategicProject() {
	}

	/**
	 * A new project, published at once.
	 * @param objective the objective in both languages, or {@code null} while unknown
	 */
	static StrategicProject create(String code, ProjectLevel level, PolicyAxis axis, Bilingual name,
			Bilingual objective, Collection<ActionType> fitting) {
		StrategicProject project = new StrategicProject();
		project.code = requireText(code, "code");
		project.classify(level, axis);
		project.rename(name);
		project.describe(objective);
		project.fit(fitting);
		return project;
	}

	/**
	 * Gives the project new titles, both required.
	 * @return whether anything changed
	 */
	boolean rename(Bilingual name) {
		Objects.requireNonNull(name, "name");
		String es = requireText(name.es(), "Spanish name");
		String en = requireText(name.en(), "English name");
		boolean changed = !es.equals(this.nameEs) || !en.equals(this.nameEn);
		this.nameEs = es;
		this.nameEn = en;
		return changed;
	}

	/**
	 * Sets the objective: in both languages, or {@code null} when it is not known.
	 * @return whether anything changed
	 */
	boolean describe(Bilingual objective) {
		String es = (objective != null) ? objective.es() : null;
		String en = (objective != null) ? objective.en() : null;
		if (objective != null) {
			requireText(es, "Spanish objective");
			requireText(en, "English objective");
		}
		boolean changed = !Objects.equals(es, this.objectiveEs) || !Objects.equals(en, this.objectiveEn);
		this.objectiveEs = es;
		this.objectiveEn = en;
		return changed;
	}

	/**
	 * Places the project under an education level and a policy axis.
	 * @return whether anything changed
	 */
	boolean classify(ProjectLevel level, PolicyAxis axis) {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(axis, "axis");
		boolean changed = level != this.level || axis != this.axis;
		this.level = level;
		this.axis = axis;
		return changed;
	}

	/**
	 * Says which ways to cooperate fit the project: at least one.
	 * @return whether anything changed
	 */
	boolean fit(Collection<ActionType> fitting) {
		if (fitting == null || fitting.isEmpty()) {
			throw new IllegalArgumentException("A project needs at least one way to cooperate");
		}
		Set<String> wanted = fitting.stream().map(ActionType::code).collect(Collectors.toSet());
		if (wanted.equals(Set.copyOf(actionTypeCodes()))) {
			// Rewriting an unchanged collection would still bump the version and
			// tell a colleague editing the project that it changed.
			return false;
		}
		this.actionTypes.clear();
		fitting.stream().sorted(Comparator.comparingInt(ActionType::position)).forEach(this.actionTypes::add);
		return true;
	}

	/**
	 * Takes the project off the public pages and the offer form.
	 */
	void retire() {
		if (this.retired) {
			throw new IllegalStateException("Project " + this.code + " is already retired");
		}
		this.retired = true;
	}

	/**
	 * Publishes a retired project again.
	 */
	void restore() {
		if (!this.retired) {
			throw new IllegalStateException("Project " + this.code + " is not retired");
		}
		this.retired = false;
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A project needs its " + what);
		}
		return value;
	}

	String code() {
		return this.code;
	}

	ProjectLevel level() {
		return this.level;
	}

	PolicyAxis axis() {
		return this.axis;
	}

	Bilingual name() {
		return new Bilingual(this.nameEs, this.nameEn);
	}

	/**
	 * The objective, or {@code null} while the Ministry's objective for this project is
	 * unknown.
	 */
	Bilingual objective() {
		return (this.objectiveEs == null && this.objectiveEn == null) ? null
				: new Bilingual(this.objectiveEs, this.objectiveEn);
	}

	boolean isRetired() {
		return this.retired;
	}

	Set<ActionType> actionTypes() {
		return this.actionTypes;
	}

	Set<String> actionTypeCodes() {
		return this.actionTypes.stream().map(ActionType::code).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	long version() {
		return this.version;
	}

}
