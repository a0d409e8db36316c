package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.Locale;

import co.gov.mineducacion.cooperation.offer.DocumentsTooLargeToSendException;
import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forwarding an offer the Ministry is not competent for to the entity that is (Ley 1755
 * de 2015, art. 21), one offer at a time. A missing or wrong field is shown beside it;
 * the page comes back with what was typed.
 */
@Controller
class ForwardingController {

	static final String FORM = "forwarding";

	private final ReviewPageView view;

	private final ReviewActions actions;

	ForwardingController(ReviewPageView view, ReviewActions actions) {
		this.view = view;
		this.actions = actions;
	}

	@PostMapping("/admin/offers/{code}/forward")
	String forward(@PathVariable String code, @Valid @ModelAttribute(FORM) ForwardingForm form, BindingResult result,
			Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("forwardingOpen", true);
			return this.view.showAgain(code, locale, model, ReviewPageState.problem("office.offer.fixTheForm"),
					HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		try {
			boolean late = this.actions.forward(code, form, principal.getName());
			redirect.addFlashAttribute("notice", late ? "office.forwarding.doneLate" : "office.forwarding.done");
			return "redirect:/admin/offers/" + code;
		}
		catch (DocumentsTooLargeToSendException ex) {
			result.rejectValue("attachDocuments", "office.forwarding.tooLarge",
					new Object[] { ex.sizeInMegabytes(), ex.limitInMegabytes() }, null);
			model.addAttribute("forwardingOpen", true);
			return this.view.showAgain(code, locale, model, ReviewPageState.problem("office.offer.fixTheForm"),
					HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		catch (IllegalOfferTransitionException ex) {
			return this.view.showAgain(code, locale, model, ReviewPageState.problem("office.offer.notAllowed"),
					HttpStatus.CONFLICT, response);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("forwardingOpen", true);
			return this.view.showAgain(code, locale, model, ReviewPageState.problem("office.offer.changedMeanwhile"),
					HttpStatus.CONFLICT, response);
		}
	}

}
