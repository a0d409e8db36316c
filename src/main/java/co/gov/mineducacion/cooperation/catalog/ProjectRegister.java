package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published strategic project in both languages, as open data publishes them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectRegister {

	private final StrategicProjectRepository projects;

	ProjectRegister(StrategicProjectRepository projects) {
		this.projects = projects;
	}

	/**
	 * The published (not retired) projects, by code.
	 */
	public List<PublishedProject> published() {
		return this.projects.findByRetiredFalseOrderByCode()
			.stream()
			.map((p) -> new PublishedProject(p.code(), p.level(), p.axis(), p.name(), p.objective()))
			.toList();
	}

}
