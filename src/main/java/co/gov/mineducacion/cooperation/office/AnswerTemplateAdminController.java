package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import co.gov.mineducacion.cooperation.offer.ReviewMove;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs keep the answer templates staff send submitters: list, create, edit, retire and
 * restore.
 */
@Controller
class AnswerTemplateAdminController {

	static final String FORM = "office/answer-templates/form";

	private static final String LIST = "redirect:/admin/answer-templates";

	private final AnswerTemplateService templates;

	private final MessageSource messages;

	AnswerTemplateAdminController(AnswerTemplateService templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@ModelAttribute("purposes")
	List<PurposeOption> purposes(Locale locale) {
		return ReviewMove.withMessage()
			.stream()
			.map((p) -> new PurposeOption(p.name(), this.messages.getMessage("ReviewMove." + p, null, locale)))
			.toList();
	}

	@GetMapping("/admin/answer-templates")
	String list(Model model) {
		model.addAttribute("templates", this.templates.all());
		return "office/answer-templates/list";
	}

	@GetMapping("/admin/answer-templates/new")
	String newTemplate(Model model) {
		model.addAttribute("answerTemplateForm", new AnswerTemplateForm());
		return FORM;
	}

	@PostMapping("/admin/answer-templates/new")
	String create(@Valid @ModelAttribute("answerTemplateForm") AnswerTemplateForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.templates.create(form).isEmpty()) {
			result.rejectValue("name", "Taken");
		}
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		redirect.addFlashAttribute("notice", "answerTemplates.created");
		return LIST;
	}

	@GetMapping("/admin/answer-templates/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("answerTemplateForm", this.templates.form(id));
		model.addAttribute("templateId", id);
		model.addAttribute("retired", this.templates.isRetired(id));
		return FORM;
	}

	@PostMapping("/admin/answer-templates/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("answerTemplateForm") AnswerTemplateForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && FormPage.saved(() -> {
			if (!this.templates.update(id, form)) {
				result.rejectValue("name", "Taken");
			}
		}, result, "answerTemplates.changedMeanwhile") && !result.hasErrors()) {
			redirect.addFlashAttribute("notice", "answerTemplates.updated");
			return LIST;
		}
		model.addAttribute("templateId", id);
		model.addAttribute("retired", this.templates.isRetired(id));
		return FormPage.again(FORM, result, response);
	}

	@PostMapping("/admin/answer-templates/{id}/retire")
	String retire(@PathVariable Long id, RedirectAttributes redirect) {
		this.templates.retire(id);
		redirect.addFlashAttribute("notice", "answerTemplates.retired");
		return LIST;
	}

	@PostMapping("/admin/answer-templates/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.templates.restore(id);
		redirect.addFlashAttribute("notice", "answerTemplates.restored");
		return LIST;
	}

	/**
	 * A move as offered in the purpose list.
	 */
	record PurposeOption(String code, String name) {
	}

}
