package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.ReferenceDataChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMINs maintain the catalogue: add, edit, retire and restore strategic projects, and
 * reword the ways to cooperate. Every change checks the version the editor saw, is
 * recorded in the audit log in the same transaction, and empties the catalogue cache once
 * it commits, so the public pages show it at once.
 */
@Service
public class CatalogAdminService {

	private final StrategicProjectRepository projects;

	private final ActionTypeRepository actionTypes;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	CatalogAdminService(StrategicProjectRepository projects, ActionTypeRepository actionTypes, AuditLog audit,
			ApplicationEventPublisher events) {
		this.projects = projects;
		this.actionTypes = actionTypes;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Every project, retired ones included, by code.
	 */
	@Transactional(readOnly = true)
	public List<ProjectRow> projects(Locale locale) {
		return this.projects.findAllByOrderByCode()
			.stream()
			.map((p) -> new ProjectRow(p.code(), p.name().in(locale), p.level(), p.axis(), p.objective() != null,
					p.isRetired(), p.version()))
			.toList();
	}

	@Transactional(readOnly = true)
	public ProjectEdit project(String code) {
		StrategicProject p = project(code, null);
		return new ProjectEdit(p.code(), p.level(), p.axis(), p.name(), p.objective(), p.actionTypeCodes(),
				p.isRetired(), p.version());
	}

	/**
	 * Adds and publishes a project.
	 * @return {@code false}, with nothing stored, when another project has the code
	 */
	@Transactional
	public boolean create(String code, ProjectDraft draft) {
		if (this.projects.existsByCode(code)) {
			return false;
		}
		this.projects.save(StrategicProject.create(code, draft.level(), draft.axis(), draft.name(), draft.objective(),
				fitting(draft)));
		this.audit.record("catalog.project.created", code, null);
		published();
		return true;
	}

	@Transactional
	public void update(String code, long seenVersion, ProjectDraft draft) {
		StrategicProject project = project(code, seenVersion);
		List<String> changed = new ArrayList<>();
		if (project.rename(draft.name())) {
			changed.add("name");
		}
		if (project.describe(draft.objective())) {
			changed.add("objective");
		}
		if (project.classify(draft.level(), draft.axis())) {
			changed.add("level and axis");
		}
		if (project.fit(fitting(draft))) {
			changed.add("ways to cooperate");
		}
		if (!changed.isEmpty()) {
			this.audit.record("catalog.project.updated", code, String.join(", ", changed));
		}
		published();
	}

	@Transactional
	public void retire(String code, long seenVersion) {
		project(code, seenVersion).retire();
		this.audit.record("catalog.project.retired", code, null);
		published();
	}

	@Transactional
	public void restore(String code, long seenVersion) {
		project(code, seenVersion).restore();
		this.audit.record("catalog.project.restored", code, null);
		published();
	}

	/**
	 * The ways to cooperate, in their published order.
	 */
	@Transactional(readOnly = true)
	public List<ActionTypeEdit> actionTypes() {
		return this.actionTypes.findAllByOrderByPosition().stream().map(CatalogAdminService::edit).toList();
	}

	@Transactional(readOnly = true)
	public ActionTypeEdit actionType(String code) {
		return edit(actionType(code, null));
	}

	@Transactional
	public void rewordActionType(String code, long seenVersion, Bilingual shortName, Bilingual text) {
		if (actionType(code, seenVersion).reword(shortName, text)) {
			this.audit.record("catalog.action-type.updated", code, null);
		}
		published();
	}

	private List<ActionType> fitting(ProjectDraft draft) {
		List<ActionType> fitting = this.actionTypes.findByCodeIn(draft.actionTypes());
		if (fitting.size() != draft.actionTypes().size()) {
			throw new IllegalArgumentException("Unknown way to cooperate in " + draft.actionTypes());
		}
		return fitting;
	}

	private StrategicProject project(String code, Long seenVersion) {
		StrategicProject project = this.projects.findByCode(code)
			.orElseThrow(() -> new StrategicProjectNotFoundException(code));
		StaleEditException.check("Catalogue entry " + code, project.version(), seenVersion);
		return project;
	}

	private ActionType actionType(String code, Long seenVersion) {
		ActionType type = this.actionTypes.findByCode(code).orElseThrow(() -> new ActionTypeNotFoundException(code));
		StaleEditException.check("Catalogue entry " + code, type.version(), seenVersion);
		return type;
	}

	private static ActionTypeEdit edit(ActionType type) {
		return new ActionTypeEdit(type.code(), type.shortName(), type.text(), type.version());
	}

	/**
	 * Empties, once the change commits, the cache of the catalogue and the public pages
	 * made from it.
	 */
	private void published() {
		this.events.publishEvent(new ReferenceDataChanged(CatalogReader.CACHE));
	}

}
