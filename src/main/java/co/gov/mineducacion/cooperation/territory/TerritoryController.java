package co.gov.mineducacion.cooperation.territory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The territorial view: where cooperation happens, department by department.
 */
@Controller
class TerritoryController {

	private final TerritorialView view;

	TerritoryController(TerritorialView view) {
		this.view = view;
	}

	@GetMapping("/territory")
	String map(@RequestParam(name = "show", required = false) String show, Model model) {
		model.addAttribute("territory", this.view.page(MapScope.named(show)));
		return "territory/map";
	}

}
