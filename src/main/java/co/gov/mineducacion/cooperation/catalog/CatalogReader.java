package co.gov.mineducacion.cooperation.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the whole catalogue once into a {@link CatalogSnapshot} and keeps it in the
 * {@value #CACHE} cache until an ADMIN changes the catalogue (see
 * {@link CatalogAdminService}) or the cache's time-to-live passes. The catalogue is a few
 * dozen rows: filtering it in memory is cheaper than a query per page.
 */
@Component
class CatalogReader {

	static final String CACHE = "catalog";

	private final StrategicProjectRepository projects;

	private final ActionTypeRepository actionTypes;

	private final CooperatorSectorRepository sectors;

	CatalogReader(StrategicProjectRepository projects, ActionTypeRepository actionTypes,
			CooperatorSectorRepository sectors) {
		this.projects = projects;
		this.actionTypes = actionTypes;
		this.sectors = sectors;
	}

	@Cacheable(cacheNames = CACHE, key = "'snapshot'", sync = true)
	@Transactional(readOnly = true)
	public CatalogSnapshot snapshot() {
		List<StrategicProject> all = this.projects.findAllByOrderByCode();
		Map<String, Bilingual> names = new LinkedHashMap<>();
		all.forEach((project) -> names.put(project.code(), project.name()));
		List<CatalogSnapshot.Project> published = all.stream()
			.filter((project) -> !project.isRetired())
			.map((p) -> new CatalogSnapshot.Project(p.code(), p.level(), p.axis(), p.name(), p.objective(),
					List.copyOf(p.actionTypeCodes())))
			.toList();
		List<CatalogSnapshot.Way> ways = this.actionTypes.findAllByOrderByPosition()
			.stream()
			.map((type) -> new CatalogSnapshot.Way(type.code(), type.shortName(), type.text()))
			.toList();
		List<CatalogSnapshot.Sector> kinds = this.sectors.findAllByOrderByPosition()
			.stream()
			.map((sector) -> new CatalogSnapshot.Sector(sector.code(), sector.name(), sector.text()))
			.toList();
		return new CatalogSnapshot(published, ways, kinds, names);
	}

}
