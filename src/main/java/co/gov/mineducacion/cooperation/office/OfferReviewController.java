package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import co.gov.mineducacion.cooperation.offer.InvalidOriginalException;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One offer in the office: what was sent, its history, and the workflow moves. A move
 * refused by the workflow, or made on a version a colleague has already changed, shows
 * the page again as it is now (409) with what the staff member typed.
 */
@Controller
class OfferReviewController {

	private final ReviewPageView view;

	private final ReviewActions actions;

	OfferReviewController(ReviewPageView view, ReviewActions actions) {
		this.view = view;
		this.actions = actions;
	}

	/**
	 * The offer; {@code template} pre-fills its move's message in the submitter's
	 * language, {@code original} the original of a duplicate (both work without
	 * JavaScript).
	 */
	@GetMapping("/admin/offers/{code}")
	String offer(@PathVariable String code, @RequestParam(required = false) Long template,
			@RequestParam(required = false) String original, Locale locale, Model model) {
		return this.view.show(code, locale, model, ReviewPageState.opened(template, original));
	}

	@PostMapping("/admin/offers/{code}/notes")
	String addNote(@PathVariable String code, @ModelAttribute("action") ReviewActionForm form, Principal principal,
			RedirectAttributes redirect) {
		if (!form.hasMessage()) {
			redirect.addFlashAttribute("problem", "office.offer.noteRequired");
		}
		else {
			this.actions.addNote(code, principal.getName(), form.getMessage());
			redirect.addFlashAttribute("notice", "office.offer.noteAdded");
		}
		return "redirect:/admin/offers/" + code;
	}

	/**
	 * Any workflow move, named by its path segment ({@code start-review}, {@code accept},
	 * ...); a segment that names no move is not found.
	 */
	@PostMapping("/admin/offers/{code}/{move}")
	String move(@PathVariable String code, @PathVariable("move") Optional<ReviewMove> named,
			@Valid @ModelAttribute("action") ReviewActionForm form, BindingResult result, Principal principal,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReviewMove move = named.orElseThrow(PageNotFoundException::new);
		ReviewPageState invalid = problemWith(move, form, result);
		if (invalid != null) {
			return this.view.showAgain(code, locale, model, invalid, HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		try {
			this.actions.move(move, code, form, principal.getName());
		}
		catch (InvalidOriginalException ex) {
			return this.view.showAgain(code, locale, model,
					ReviewPageState.invalid(move, form, "original", "office.offer.original." + ex.reason()),
					HttpStatus.UNPROCESSABLE_CONTENT, response);
		}
		catch (IllegalOfferTransitionException ex) {
			return this.view.showAgain(code, locale, model,
					ReviewPageState.refused(move, form, "office.offer.notAllowed"), HttpStatus.CONFLICT, response);
		}
		catch (OptimisticLockingFailureException ex) {
			// A colleague acted first: nothing was overwritten; the page shows the newer
			// state and keeps what this staff member typed.
			return this.view.showAgain(code, locale, model,
					ReviewPageState.refused(move, form, "office.offer.changedMeanwhile"), HttpStatus.CONFLICT,
					response);
		}
		redirect.addFlashAttribute("notice", "office.offer.done." + move.slug());
		return "redirect:/admin/offers/" + code;
	}

	private static ReviewPageState problemWith(ReviewMove move, ReviewActionForm form, BindingResult result) {
		if (!move.requiresMessage()) {
			return null;
		}
		if (!form.hasMessage()) {
			return ReviewPageState.invalid(move, form, "message", "office.offer.messageRequired");
		}
		if (result.hasFieldErrors("subject")) {
			return ReviewPageState.invalid(move, form, "subject", "office.offer.subjectTooLong");
		}
		if (result.hasFieldErrors("message")) {
			return ReviewPageState.invalid(move, form, "message", "office.offer.messageTooLong");
		}
		if (move.needsOriginal() && (form.getOriginal() == null || form.getOriginal().isBlank())) {
			return ReviewPageState.invalid(move, form, "original", "office.offer.originalRequired");
		}
		return null;
	}

}
