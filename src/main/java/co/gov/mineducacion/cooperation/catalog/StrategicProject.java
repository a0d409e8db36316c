package co.gov.mineducacion.cooperation.catalog;

import java.util.LinkedHashSet;
import java.util.Set;

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
 * only; the office completes the rest.
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

}
