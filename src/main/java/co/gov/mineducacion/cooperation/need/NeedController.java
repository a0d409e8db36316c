package co.gov.mineducacion.cooperation.need;

import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.shared.web.PageDescription;
import co.gov.mineducacion.cooperation.territory.TerritoryService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public list of open needs, with its filters, and each need's page with the way to
 * offer cooperation for it.
 */
@Controller
class NeedController {

	private final NeedService needs;

	private final CatalogService catalog;

	private final TerritoryService territory;

	NeedController(NeedService needs, CatalogService catalog, TerritoryService territory) {
		this.needs = needs;
		this.catalog = catalog;
		this.territory = territory;
	}

	@GetMapping("/needs")
	String list(@ModelAttribute("filter") NeedFilter filter, Locale locale, Model model) {
		List<NeedSummary> open = this.needs.open(filter, locale);
		model.addAttribute("needs", open);
		model.addAttribute("projectChoices", this.catalog.projectChoices(locale));
		model.addAttribute("departmentChoices", this.territory.departments());
		model.addAttribute("actionChoices", this.catalog.actionTypes(locale));
		return "need/list";
	}

	@GetMapping("/needs/{slug}")
	String detail(@PathVariable String slug, Locale locale, Model model) {
		NeedDetails need = this.needs.details(slug, locale);
		model.addAttribute("need", need);
		model.addAttribute(PageDescription.ATTRIBUTE, PageDescription.of(need.description()));
		return "need/detail";
	}

}
