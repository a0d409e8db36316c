package co.gov.mineducacion.cooperation.catalog;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.ListedPages;

import org.springframework.stereotype.Component;

/**
 * Every published strategic project's page, for the site map.
 */
@Component
class ProjectPages implements ListedPages {

	private final CatalogService catalog;

	ProjectPages(CatalogService catalog) {
		this.catalog = catalog;
	}

	@Override
	public String under() {
		return "/strategic-projects";
	}

	@Override
	public List<ListedPage> pages(Locale locale) {
		return this.catalog.projectChoices(locale)
			.stream()
			.map((project) -> new ListedPage(under() + "/" + project.code(), project.name(), null))
			.toList();
	}

}
