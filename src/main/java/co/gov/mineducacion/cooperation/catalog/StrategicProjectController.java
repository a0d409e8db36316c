package co.gov.mineducacion.cooperation.catalog;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.PageUpdated;
import co.gov.mineducacion.cooperation.shared.web.PageDescription;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StrategicProjectController {

	private final CatalogService catalog;

	private final CatalogDates dates;

	StrategicProjectController(CatalogService catalog, CatalogDates dates) {
		this.catalog = catalog;
		this.dates = dates;
	}

	@ModelAttribute("levels")
	ProjectLevel[] levels() {
		return ProjectLevel.values();
	}

	@ModelAttribute("axes")
	PolicyAxis[] axes() {
		return PolicyAxis.values();
	}

	@GetMapping("/strategic-projects")
	String list(@ModelAttribute("filter") ProjectFilter filter, Locale locale, Model model) {
		model.addAttribute("listing", this.catalog.projects(filter, locale));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.catalogue());
		return "catalog/projects";
	}

	@GetMapping("/strategic-projects/{code}")
	String detail(@PathVariable String code, Locale locale, Model model) {
		ProjectDetails project = this.catalog.project(code, locale);
		model.addAttribute("project", project);
		model.addAttribute(PageDescription.ATTRIBUTE,
				PageDescription.of((project.objective() != null) ? project.objective() : project.name()));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.project(code));
		return "catalog/project";
	}

}
