package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who handles an offer, and the strategic projects the office links to it. Each change
 * checks the version the staff member saw.
 */
@Controller
class OfferAssignmentController {

	private final ReviewActions actions;

	private final ReviewPageView view;

	OfferAssignmentController(ReviewActions actions, ReviewPageView view) {
		this.actions = actions;
		this.view = view;
	}

	@PostMapping("/admin/offers/{code}/assign-to-me")
	String assignToMe(@PathVariable String code, @RequestParam long version, Principal principal, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(code, () -> this.actions.assignToMe(code, version, principal.getName()),
				"office.offer.done.assign-to-me", new Reply(locale, model, response, redirect));
	}

	@PostMapping("/admin/offers/{code}/assign")
	String assign(@PathVariable String code, @RequestParam long version, @RequestParam(required = false) Long assignee,
			Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			if (!this.actions.assign(code, version, assignee, principal.getName())) {
				redirect.addFlashAttribute("problem", "office.offer.assigneeUnknown");
				return redirectTo(code);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			return changedMeanwhile(code, locale, model, response);
		}
		redirect.addFlashAttribute("notice", "office.offer.done.assign");
		return redirectTo(code);
	}

	@PostMapping("/admin/offers/{code}/unassign")
	String unassign(@PathVariable String code, @RequestParam long version, Principal principal, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(code, () -> this.actions.unassign(code, version, principal.getName()),
				"office.offer.done.unassign", new Reply(locale, model, response, redirect));
	}

	@PostMapping("/admin/offers/{code}/projects")
	String linkProject(@PathVariable String code, @RequestParam long version, @RequestParam String project,
			Principal principal, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			if (!this.actions.linkProject(code, version, project, principal.getName())) {
				redirect.addFlashAttribute("problem", "office.offer.projectUnknown");
				return redirectTo(code);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			return changedMeanwhile(code, locale, model, response);
		}
		redirect.addFlashAttribute("notice", "office.offer.done.link-project");
		return redirectTo(code);
	}

	/**
	 * Makes a change that always succeeds unless a colleague changed the offer first.
	 */
	private String change(String code, Runnable change, String notice, Reply reply) {
		try {
			change.run();
		}
		catch (OptimisticLockingFailureException ex) {
			return changedMeanwhile(code, reply.locale(), reply.model(), reply.response());
		}
		reply.redirect().addFlashAttribute("notice", notice);
		return redirectTo(code);
	}

	private String changedMeanwhile(String code, Locale locale, Model model, HttpServletResponse response) {
		return this.view.showAgain(code, locale, model,
				ReviewPageState.refused(null, null, "office.offer.changedMeanwhile"), HttpStatus.CONFLICT, response);
	}

	private static String redirectTo(String code) {
		return "redirect:/admin/offers/" + code;
	}

	/**
	 * What a change answers with: the page again, or a redirect with a notice.
	 */
	private record Reply(Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
	}

}
