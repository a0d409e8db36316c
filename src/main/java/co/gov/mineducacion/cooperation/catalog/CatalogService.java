package co.gov.mineducacion.cooperation.catalog;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.gov.mineducacion.cooperation.shared.text.SearchText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue in the reader's language: strategic projects, ways to cooperate and
 * kinds of cooperators.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	private final StrategicProjectRepository projects;

	private final ActionTypeRepository actionTypes;

	private final CooperatorSectorRepository sectors;

	CatalogService(StrategicProjectRepository projects, ActionTypeRepository actionTypes,
			CooperatorSectorRepository sectors) {
		this.projects = projects;
		this.actionTypes = actionTypes;
		this.sectors = sectors;
	}

	/**
	 * The 13 ways to cooperate, in their published order.
	 */
	public List<ActionTypeView> actionTypes(Locale locale) {
		return this.actionTypes.findAllByOrderByPosition().stream().map((type) -> view(type, locale)).toList();
	}

	/**
	 * The kinds of cooperators, in their published order.
	 */
	public List<SectorView> sectors(Locale locale) {
		return this.sectors.findAllByOrderByPosition()
			.stream()
			.map((sector) -> new SectorView(sector.code(), sector.name().in(locale), sector.text().in(locale)))
			.toList();
	}

	/**
	 * Every published strategic project, by code, for choice lists.
	 */
	public List<ProjectChoice> projectChoices(Locale locale) {
		return this.projects.findByRetiredFalseOrderByCode()
			.stream()
			.map((project) -> new ProjectChoice(project.code(), project.name().in(locale)))
			.toList();
	}

	ProjectListing projects(ProjectFilter filter, Locale locale) {
		SearchText text = SearchText.of(filter.q());
		// Searching both languages lets "bilingüismo" and "bilingualism" find the same
		// project.
		List<StrategicProject> matching = this.projects.findByRetiredFalseOrderByCode()
			.stream()
			.filter((p) -> filter.levelValue() == null || p.level() == filter.levelValue())
			.filter((p) -> filter.axisValue() == null || p.axis() == filter.axisValue())
			.filter((p) -> text.isEmpty() || text.matches(p.code(), p.name().es(), p.name().en(),
					(p.objective() != null) ? p.objective().es() : null,
					(p.objective() != null) ? p.objective().en() : null))
			.toList();
		return new ProjectListing(group(matching, locale), matching.size());
	}

	ProjectDetails project(String code, Locale locale) {
		StrategicProject project = this.projects.findByCodeAndRetiredFalse(code)
			.orElseThrow(() -> new StrategicProjectNotFoundException(code));
		List<ActionTypeView> fitting = project.actionTypes()
			.stream()
			.sorted(Comparator.comparingInt(ActionType::position))
			.map((type) -> view(type, locale))
			.toList();
		return new ProjectDetails(project.code(), project.name().in(locale), project.level(), project.axis(),
				objective(project, locale), fitting);
	}

	private static List<ProjectListing.LevelGroup> group(List<StrategicProject> matching, Locale locale) {
		Map<ProjectLevel, Map<PolicyAxis, List<ProjectSummary>>> grouped = new EnumMap<>(ProjectLevel.class);
		for (StrategicProject project : matching) {
			grouped.computeIfAbsent(project.level(), (level) -> new TreeMap<>())
				.computeIfAbsent(project.axis(), (axis) -> new java.util.ArrayList<>())
				.add(new ProjectSummary(project.code(), project.name().in(locale), project.level(), project.axis(),
						objective(project, locale)));
		}
		return grouped.entrySet()
			.stream()
			.map((level) -> new ProjectListing.LevelGroup(level.getKey(),
					level.getValue()
						.entrySet()
						.stream()
						.map((axis) -> new ProjectListing.AxisGroup(axis.getKey(), axis.getValue()))
						.toList()))
			.toList();
	}

	private static String objective(StrategicProject project, Locale locale) {
		return (project.objective() != null) ? project.objective().in(locale) : null;
	}

	private static ActionTypeView view(ActionType type, Locale locale) {
		return new ActionTypeView(type.code(), type.shortName().in(locale), type.text().in(locale));
	}

}
