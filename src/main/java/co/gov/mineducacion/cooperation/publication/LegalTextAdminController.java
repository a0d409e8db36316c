package co.gov.mineducacion.cooperation.publication;

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
 * ADMINs reword a policy in both languages; each change gets a new version and date.
 */
@Controller
class LegalTextAdminController {

	static final String PATH = "/admin/publication/texts/{code}";

	static final String VIEW = "publication/text-form";

	private final LegalTexts texts;

	LegalTextAdminController(LegalTexts texts) {
		this.texts = texts;
	}

	@GetMapping(PATH)
	String edit(@PathVariable String code, Model model) {
		LegalTexts.TextEdit text = this.texts.edit(kind(code));
		model.addAttribute("text", text);
		model.addAttribute("textForm", LegalTextForm.from(text));
		return VIEW;
	}

	@PostMapping(PATH)
	String reword(@PathVariable String code, @Valid @ModelAttribute("textForm") LegalTextForm form,
			BindingResult result, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LegalTextKind kind = kind(code);
		if (!result.hasErrors() && FormPage.saved(() -> {
			boolean changed = this.texts.reword(kind, form.getVersion(), form.body(), principal.getName());
			redirect.addFlashAttribute("notice", changed ? "publication.text.saved" : "publication.text.unchanged");
		}, result, "publication.changedMeanwhile")) {
			return "redirect:" + ChecklistController.PATH;
		}
		model.addAttribute("text", this.texts.edit(kind));
		return FormPage.again(VIEW, result, response);
	}

	private static LegalTextKind kind(String code) {
		return LegalTextKind.bySlug(code).orElseThrow(() -> new LegalTextNotFoundException(code));
	}

}
