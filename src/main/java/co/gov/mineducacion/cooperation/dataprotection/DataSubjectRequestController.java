package co.gov.mineducacion.cooperation.dataprotection;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs record data subjects' requests and answer them within the legal time.
 */
@Controller
class DataSubjectRequestController {

	static final String FORM = "dataprotection/requests/form";

	static final String DETAIL = "dataprotection/requests/detail";

	private final DataSubjectRequests requests;

	DataSubjectRequestController(DataSubjectRequests requests) {
		this.requests = requests;
	}

	@ModelAttribute("kinds")
	DataRequestKind[] kinds() {
		return DataRequestKind.values();
	}

	@GetMapping("/admin/data-requests")
	String list(Model model) {
		model.addAttribute("requests", this.requests.all());
		return "dataprotection/requests/list";
	}

	@GetMapping("/admin/data-requests/new")
	String newRequest(Model model) {
		model.addAttribute("dataRequestForm", new DataRequestForm());
		return FORM;
	}

	@PostMapping("/admin/data-requests/new")
	String record(@Valid @ModelAttribute("dataRequestForm") DataRequestForm form, BindingResult result,
			Principal principal, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		long id = this.requests.record(form, principal.getName());
		redirect.addFlashAttribute("notice", "dataprotection.request.recorded");
		return "redirect:/admin/data-requests/" + id;
	}

	@GetMapping("/admin/data-requests/{id}")
	String details(@PathVariable long id, Model model) {
		DataRequestRow request = this.requests.details(id);
		DataRequestAnswerForm form = new DataRequestAnswerForm();
		form.setVersion(request.version());
		model.addAttribute("dataRequest", request);
		model.addAttribute("answerForm", form);
		return DETAIL;
	}

	@PostMapping("/admin/data-requests/{id}/answer")
	String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") DataRequestAnswerForm form,
			BindingResult result, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("dataRequest", this.requests.details(id));
			return FormPage.invalid(DETAIL, response);
		}
		FormPage.change(
				() -> this.requests.answer(id, form, principal.getName())
						? "dataprotection.request.answeredAndAnonymised" : "dataprotection.request.answered",
				redirect, "dataprotection.changedMeanwhile");
		return "redirect:/admin/data-requests/" + id;
	}

}
