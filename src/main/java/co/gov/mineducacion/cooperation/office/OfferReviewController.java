package co.gov.mineducacion.cooperation.office;

import java.security.Principal;

import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import co.gov.mineducacion.cooperation.offer.OfferChangedException;
import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.ReviewDetails;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;
import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One offer in the office: what was sent, its history, and the workflow moves.
 */
@Controller
class OfferReviewController {

	private final OfferReviewService offers;

	private final OfficeQueueService queue;

	private final StaffService staff;

	OfferReviewController(OfferReviewService offers, OfficeQueueService queue, StaffService staff) {
		this.offers = offers;
		this.queue = queue;
		this.staff = staff;
	}

	@GetMapping("/admin/offers/{code}")
	String offer(@PathVariable String code, Model model) {
		ReviewDetails offer = this.offers.details(code);
		model.addAttribute("offer", offer);
		model.addAttribute("assignee", this.queue.staffNames().apply(offer.assigneeId()));
		model.addAttribute("clock",
				offer.status().isAwaitingTheOffice() ? this.queue.clockFor(offer.receivedAt()) : null);
		if (!model.containsAttribute("action")) {
			model.addAttribute("action", new ReviewActionForm());
		}
		return "office/offers/detail";
	}

	@PostMapping("/admin/offers/{code}/notes")
	String addNote(@PathVariable String code, @ModelAttribute("action") ReviewActionForm form, Principal principal,
			RedirectAttributes redirect) {
		if (!form.hasMessage()) {
			redirect.addFlashAttribute("problem", "office.offer.noteRequired");
		}
		else {
			this.offers.addNote(code, principal.getName(), form.getMessage());
			redirect.addFlashAttribute("notice", "office.offer.noteAdded");
		}
		return "redirect:/admin/offers/" + code;
	}

	@PostMapping("/admin/offers/{code}/{move}")
	String move(@PathVariable String code, @PathVariable String move, @ModelAttribute("action") ReviewActionForm form,
			Principal principal, RedirectAttributes redirect) {
		String me = principal.getName();
		try {
			switch (move) {
				case "start-review" -> this.offers.startReview(code, form.getVersion(), me);
				case "assign-to-me" -> this.offers.assign(code, form.getVersion(), myId(me), me);
				case "request-information", "accept", "decline" -> {
					if (!form.hasMessage()) {
						redirect.addFlashAttribute("problem", "office.offer.messageRequired");
						return "redirect:/admin/offers/" + code;
					}
					decide(code, move, form, me);
				}
				default -> throw new PageNotFoundException();
			}
			redirect.addFlashAttribute("notice", "office.offer.done." + move);
		}
		catch (IllegalOfferTransitionException ex) {
			redirect.addFlashAttribute("problem", "office.offer.notAllowed");
		}
		catch (OfferChangedException | OptimisticLockingFailureException ex) {
			// A colleague acted first: nothing was overwritten; the page shows the newer
			// state.
			redirect.addFlashAttribute("problem", "office.offer.changedMeanwhile");
		}
		return "redirect:/admin/offers/" + code;
	}

	private void decide(String code, String move, ReviewActionForm form, String me) {
		switch (move) {
			case "request-information" ->
				this.offers.requestInformation(code, form.getVersion(), me, form.getMessage());
			case "accept" -> this.offers.accept(code, form.getVersion(), me, form.getMessage());
			default -> this.offers.decline(code, form.getVersion(), me, form.getMessage());
		}
	}

	private Long myId(String email) {
		return this.staff.byEmail(email).map(StaffMember::id).orElseThrow();
	}

}
