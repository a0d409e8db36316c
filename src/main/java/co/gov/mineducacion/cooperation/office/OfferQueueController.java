package co.gov.mineducacion.cooperation.office;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.offer.queue.QueueFilter;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.offer.ReviewMove;
import co.gov.mineducacion.cooperation.office.BulkForm.Selection;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's queue. Its view (filters, sort, page size, page) lives in the URL, so it
 * can be bookmarked and shared; the same view downloads as CSV, and ticked offers can be
 * assigned, moved or exported together.
 */
@Controller
class OfferQueueController {

	static final String VIEW = "office/offers/list";

	private final OfficeQueueService queue;

	private final QueueReferenceData reference;

	private final QueueBulkActions bulk;

	private final QueueExport export;

	OfferQueueController(OfficeQueueService queue, QueueReferenceData reference, QueueBulkActions bulk,
			QueueExport export) {
		this.queue = queue;
		this.reference = reference;
		this.bulk = bulk;
		this.export = export;
	}

	@ModelAttribute("columns")
	QueueSort[] columns() {
		return QueueSort.values();
	}

	@ModelAttribute("pageSizes")
	List<Integer> pageSizes() {
		return QueueForm.PAGE_SIZES;
	}

	@GetMapping("/admin/offers")
	String queue(@ModelAttribute("queueForm") QueueForm form, Principal principal, Locale locale, Model model) {
		QueueChoices choices = this.reference.choices(locale);
		form.retainKnown(choices);
		model.addAttribute("choices", choices);
		model.addAttribute("bulkChoices", this.reference.bulkChoices(choices, locale));
		model.addAttribute("links", new QueueLinks(form));
		model.addAttribute("offers", this.queue.view(form, principal.getName(), choices));
		if (!model.containsAttribute("bulkForm")) {
			model.addAttribute("bulkForm", new BulkForm());
		}
		return VIEW;
	}

	@GetMapping("/admin/offers/export.csv")
	ModelAndView export(@ModelAttribute("queueForm") QueueForm form, Principal principal, Locale locale) {
		QueueChoices choices = this.reference.choices(locale);
		form.retainKnown(choices);
		return new ModelAndView(
				this.export.csv(this.queue.filter(form, principal.getName()), form, choices, "queue", form.summary()));
	}

	@PostMapping("/admin/offers/bulk")
	ModelAndView bulk(@ModelAttribute("queueForm") QueueForm view, @Valid @ModelAttribute("bulkForm") BulkForm form,
			BindingResult result, Principal principal, Locale locale, RedirectAttributes redirect) {
		QueueChoices choices = this.reference.choices(locale);
		view.retainKnown(choices);
		ModelAndView back = new ModelAndView("redirect:" + new QueueLinks(view).current());
		List<Selection> selected = form.selections();
		if (selected.isEmpty() || result.hasErrors()) {
			redirect.addFlashAttribute("problem",
					selected.isEmpty() ? "admin.queue.bulk.noneSelected" : "admin.queue.bulk.messageTooLong");
			return back;
		}
		String me = principal.getName();
		switch ((form.getOperation() != null) ? form.getOperation() : "") {
			case "EXPORT" -> {
				return new ModelAndView(this.export.csv(QueueFilter.only(codes(selected)), view, choices, "selection",
						"offers=" + selected.size()));
			}
			case "ASSIGN" -> assign(form, selected, choices, me, redirect);
			case "STATUS" -> changeStatus(form, selected, me, redirect);
			default -> redirect.addFlashAttribute("problem", "admin.queue.bulk.chooseAction");
		}
		return back;
	}

	private void assign(BulkForm form, List<Selection> selected, QueueChoices choices, String me,
			RedirectAttributes redirect) {
		String staff = choices.staff().known(form.getAssignTo());
		if (staff == null && !BulkForm.NOBODY.equals(form.getAssignTo())) {
			redirect.addFlashAttribute("problem", "admin.queue.bulk.chooseAssignee");
			return;
		}
		redirect.addFlashAttribute("bulkOutcome",
				this.bulk.assign(selected, (staff != null) ? Long.valueOf(staff) : null, me));
	}

	private void changeStatus(BulkForm form, List<Selection> selected, String me, RedirectAttributes redirect) {
		ReviewMove move = QueueBulkActions.moveTo(form.getNewStatus()).orElse(null);
		if (move == null || (move.requiresMessage() && !form.hasMessage())) {
			redirect.addFlashAttribute("problem",
					(move == null) ? "admin.queue.bulk.chooseStatus" : "admin.queue.bulk.messageRequired");
			return;
		}
		redirect.addFlashAttribute("bulkOutcome", this.bulk.move(selected, move, form.getMessage(), me));
	}

	private static List<String> codes(List<Selection> selected) {
		return selected.stream().map(Selection::trackingCode).toList();
	}

}
