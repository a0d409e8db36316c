package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.Locale;

import co.gov.mineducacion.cooperation.offer.TermExtensionRefusedException;
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
 * The office's notice that its answer will come late (Ley 1755 de 2015, art. 14,
 * parágrafo). A date the law does not allow is refused beside the field, saying why; the
 * page comes back with what was typed.
 */
@Controller
class TermExtensionController {

	static final String FORM = "termExtension";

	private final ReviewPageView view;

	private final ReviewActions actions;

	TermExtensionController(ReviewPageView view, ReviewActions actions) {
		this.view = view;
		this.actions = actions;
	}

	@PostMapping("/admin/offers/{code}/term-extension")
	String extend(@PathVariable String code, @Valid @ModelAttribute(FORM) TermExtensionForm form, BindingResult result,
			Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ReviewPageState state = ReviewPageState.opened(null, null);
		if (result.hasErrors()) {
			return this.view.showAgain(code, locale, model, state, HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		try {
			this.actions.extendTerm(code, form, principal.getName());
		}
		catch (TermExtensionRefusedException ex) {
			result.rejectValue("until", "office.extension.refused." + ex.reason());
			// Shown even when the offer may no longer be extended, so the reason is read.
			model.addAttribute("extensionRefused", true);
			return this.view.showAgain(code, locale, model, state, HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return this.view.showAgain(code, locale, model, ReviewPageState.problem("office.offer.changedMeanwhile"),
					HttpStatus.CONFLICT, response);
		}
		redirect.addFlashAttribute("notice", "office.extension.done");
		return "redirect:/admin/offers/" + code;
	}

}
