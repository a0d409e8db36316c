package co.gov.mineducacion.cooperation.catalog;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two guide pages for cooperators: how they may cooperate and who may.
 */
@Controller
class CooperationGuideController {

	private final CatalogService catalog;

	private final CatalogDates dates;

	CooperationGuideController(CatalogService catalog, CatalogDates dates) {
		this.catalog = catalog;
		this.dates = dates;
	}

	@GetMapping("/how-to-cooperate")
	String howToCooperate(Locale locale, Model model) {
		model.addAttribute("actionTypes", this.catalog.actionTypes(locale));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.catalogue());
		return "catalog/how-to-cooperate";
	}

	@GetMapping("/who-may-cooperate")
	String whoMayCooperate(Locale locale, Model model) {
		model.addAttribute("sectors", this.catalog.sectors(locale));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.catalogue());
		return "catalog/who-may-cooperate";
	}

}
