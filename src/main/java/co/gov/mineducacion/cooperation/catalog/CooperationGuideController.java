package co.gov.mineducacion.cooperation.catalog;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two guide pages for cooperators: how they may cooperate and who may.
 */
@Controller
class CooperationGuideController {

	private final CatalogService catalog;

	CooperationGuideController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/how-to-cooperate")
	String howToCooperate(Locale locale, Model model) {
		model.addAttribute("actionTypes", this.catalog.actionTypes(locale));
		return "catalog/how-to-cooperate";
	}

	@GetMapping("/who-may-cooperate")
	String whoMayCooperate(Locale locale, Model model) {
		model.addAttribute("sectors", this.catalog.sectors(locale));
		return "catalog/who-may-cooperate";
	}

}
