package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OfficeDashboardController {

	private final OfferReviewService offers;

	OfficeDashboardController(OfferReviewService offers) {
		this.offers = offers;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("countsByStatus", this.offers.countsByStatus());
		return "office/dashboard";
	}

}
