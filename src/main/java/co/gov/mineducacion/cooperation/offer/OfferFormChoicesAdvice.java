package co.gov.mineducacion.cooperation.offer;

import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reference data the offer form (public or filled in by staff) and its review page
 * choose from.
 */
@ControllerAdvice(assignableTypes = { OfferController.class, StaffFilingController.class })
class OfferFormChoicesAdvice {

	static final String CHOSEN_NEED = "chosenNeed";

	private final OfferFormChoices choices;

	private final OpenNeeds needs;

	OfferFormChoicesAdvice(OfferFormChoices choices, OpenNeeds needs) {
		this.choices = choices;
		this.needs = needs;
	}

	@ModelAttribute
	void choices(Locale locale, Model model) {
		model.addAllAttributes(this.choices.read(locale));
	}

	/**
	 * The open need the offer answers, named by the form's (or the link's) {@code need},
	 * or {@code null}.
	 */
	@ModelAttribute(CHOSEN_NEED)
	NeedOutline chosenNeed(@RequestParam(required = false) String need, Locale locale) {
		return (need == null || need.isBlank()) ? null : this.needs.open(need.strip(), locale).orElse(null);
	}

}
