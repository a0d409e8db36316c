package co.gov.mineducacion.cooperation.offer;

import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reference data the offer form (public or filled in by staff) and its review page
 * choose from.
 */
@ControllerAdvice(assignableTypes = { OfferController.class, StaffFilingController.class })
class OfferFormChoicesAdvice {

	private final OfferFormChoices choices;

	OfferFormChoicesAdvice(OfferFormChoices choices) {
		this.choices = choices;
	}

	@ModelAttribute
	void choices(Locale locale, Model model) {
		model.addAllAttributes(this.choices.read(locale));
	}

}
