package co.gov.mineducacion.cooperation.offer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Until online submission opens, the offer page tells cooperators how to reach the
 * office, so that every call to action on the catalogue leads somewhere useful.
 */
@Controller
class OfferController {

	@GetMapping("/offers/new")
	String newOffer() {
		return "offer/coming-soon";
	}

}
