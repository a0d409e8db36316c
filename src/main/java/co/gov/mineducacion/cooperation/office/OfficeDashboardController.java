package co.gov.mineducacion.cooperation.office;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's dashboard: counts, overdue answers and charts, each chart with the table
 * of its numbers.
 */
@Controller
class OfficeDashboardController {

	private final OfficeDashboard dashboard;

	OfficeDashboardController(OfficeDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin")
	String dashboard(Locale locale, Model model) {
		model.addAttribute("dashboard", this.dashboard.dashboard(locale));
		return "office/dashboard";
	}

}
