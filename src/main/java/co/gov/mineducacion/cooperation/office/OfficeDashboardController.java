package co.gov.mineducacion.cooperation.office;

import java.util.Locale;

import co.gov.mineducacion.cooperation.publication.PublicationChecklist;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's dashboard: counts, overdue answers and charts, each chart with the table
 * of its numbers; for ADMINs, how far the portal is from publication.
 */
@Controller
class OfficeDashboardController {

	private final OfficeDashboard dashboard;

	private final PublicationChecklist publication;

	OfficeDashboardController(OfficeDashboard dashboard, PublicationChecklist publication) {
		this.dashboard = dashboard;
		this.publication = publication;
	}

	@GetMapping("/admin")
	String dashboard(Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("dashboard", this.dashboard.dashboard(locale));
		if (request.isUserInRole("ADMIN")) {
			model.addAttribute("publication", this.publication.checklist());
		}
		return "office/dashboard";
	}

}
