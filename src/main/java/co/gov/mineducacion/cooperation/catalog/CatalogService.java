package co.gov.mineducacion.cooperation.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.text.SearchText;

import org.springframework.stereotype.Service;

/**
 * Reads the catalogue in the reader's language: strategic projects, ways to cooperate and
 * kinds of cooperators. Served from the cached {@link CatalogSnapshot}, so an ADMIN's
 * change shows on the next page.
 */
@Service
public class CatalogService {

	private final CatalogReader reader;

	CatalogService(CatalogReader reader) {
		this.reader = reader;
	}

	/**
	 * The 13 ways to cooperate, in their published order.
	 */
	public List<ActionTypeView> actionTypes(Locale locale) {
		return this.reader.snapshot().actionTypes().stream().map((type) -> view(type, locale)).toList();
	}

	/**
	 * The kinds of cooperators, in their published order.
	 */
	public List<SectorView> sectors(Locale locale) {
		return this.reader.snapshot()
			.sectors()
			.stream()
			.map((sector) -> new SectorView(sector.code(), sector.name().in(locale), sector.text().in(locale)))
			.toList();
	}

	/**
	 * Every published strategic project, by code, for choice lists. Retired projects are
	 * not offered.
	 */
	public List<ProjectChoice> projectChoices(Locale locale) {
		return this.reader.snapshot()
			.projects()
			.stream()
			.map((project) -> new ProjectChoice(project.code(), project.name().in(locale)))
			.toList();
	}

	/**
	 * The name of every strategic project ever published, retired ones included, by code:
	 * for pages that show what old offers named.
	 */
	public Map<String, String> projectNames(Locale locale) {
		return this.reader.snapshot()
			.projectNames()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().in(locale)));
	}

	ProjectListing projects(ProjectFilter filter, Locale locale) {
		SearchText text = SearchText.of(filter.q());
		// Searching both languages lets "bilingüismo" and "bilingualism" find the same
		// project.
		List<CatalogSnapshot.Project> matching = this.reader.snapshot()
			.projects()
			.stream()
			.filter((p) -> filter.levelValue() == null || p.level() == filter.levelValue())
			.filter((p) -> filter.axisValue() == null || p.axis() == filter.axisValue())
			.filter((p) -> text.isEmpty()
					|| text.matches(p.code(), p.name().es(), p.name().en(), es(p.objective()), en(p.objective())))
			.toList();
		return new ProjectListing(group(matching, locale), matching.size());
	}

	ProjectDetails project(String code, Locale locale) {
		CatalogSnapshot catalog = this.reader.snapshot();
		CatalogSnapshot.Project project = catalog.projects()
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new StrategicProjectNotFoundException(code));
		Map<String, CatalogSnapshot.Way> ways = catalog.actionTypes()
			.stream()
			.collect(Collectors.toMap(CatalogSnapshot.Way::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<ActionTypeView> fitting = ways.values()
			.stream()
			.filter((way) -> project.actionTypes().contains(way.code()))
			.map((way) -> view(way, locale))
			.toList();
		return new ProjectDetails(project.code(), project.name().in(locale), project.level(), project.axis(),
				in(project.objective(), locale), fitting);
	}

	private static List<ProjectListing.LevelGroup> group(List<CatalogSnapshot.Project> matching, Locale locale) {
		Map<ProjectLevel, Map<PolicyAxis, List<ProjectSummary>>> grouped = new EnumMap<>(ProjectLevel.class);
		for (CatalogSnapshot.Project project : matching) {
			grouped.computeIfAbsent(project.level(), (level) -> new TreeMap<>())
				.computeIfAbsent(project.axis(), (axis) -> new ArrayList<>())
				.add(new ProjectSummary(project.code(), project.name().in(locale), project.level(), project.axis(),
						in(project.objective(), locale)));
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

	private static String in(Bilingual text, Locale locale) {
		return (text != null) ? text.in(locale) : null;
	}

	private static String es(Bilingual text) {
		return (text != null) ? text.es() : null;
	}

	private static String en(Bilingual text) {
		return (text != null) ? text.en() : null;
	}

	private static ActionTypeView view(CatalogSnapshot.Way type, Locale locale) {
		return new ActionTypeView(type.code(), type.shortName().in(locale), type.text().in(locale));
	}

}
