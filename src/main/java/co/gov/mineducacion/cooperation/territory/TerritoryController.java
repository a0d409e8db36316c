package co.gov.mineducacion.cooperation.territory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String map(Model model) {
		model.addAttribute("territory", this.view.page());
		return "territory/map";
	}

}
