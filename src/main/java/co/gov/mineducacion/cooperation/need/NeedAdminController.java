package co.gov.mineducacion.cooperation.need;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
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
 * The office's needs: the list, each need's staff page (its progress, the offers naming
 * it and the offers that fit it), and the form to publish and edit.
 */
@Controller
class NeedAdminController {

	static final String FORM = "need/admin/form";

	private final NeedService needs;

	private final NeedEditor editor;

	private final NeedFormRules rules;

	private final NeedMatching matching;

	NeedAdminController(NeedService needs, NeedEditor editor, NeedFormRules rules, NeedMatching matching) {
		this.needs = needs;
		this.editor = editor;
		this.rules = rules;
		this.matching = matching;
	}

	@GetMapping("/admin/needs")
	String list(Locale locale, Model model) {
		model.addAttribute("needs", this.needs.all(locale));
		return "need/admin/list";
	}

	@GetMapping("/admin/needs/{slug}")
	String need(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("need", this.needs.details(slug, locale));
		model.addAttribute("naming", this.matching.offersNaming(slug));
		model.addAttribute("fitting", this.matching.offersFor(slug, locale));
		return "need/admin/need";
	}

	@GetMapping("/admin/needs/new")
	String newNeed(Model model) {
		model.addAttribute("needForm", new NeedForm());
		return FORM;
	}

	@PostMapping("/admin/needs/new")
	String publish(@Valid @ModelAttribute("needForm") NeedForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.rules.check(form, result);
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		String slug = this.editor.publish(form.toDraft());
		redirect.addFlashAttribute("notice", "need.admin.published");
		return "redirect:/admin/needs/" + slug;
	}

	@GetMapping("/admin/needs/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("needForm", this.needs.editForm(slug));
		return FORM;
	}

	@PostMapping("/admin/needs/{slug}/edit")
	String update(@PathVariable String slug, @Valid @ModelAttribute("needForm") NeedForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("slug", slug);
		this.rules.check(form, result);
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		if (!FormPage.saved(() -> this.editor.revise(slug, form.getVersion(), form.toDraft()), result,
				"need.admin.changedMeanwhile")) {
			return FormPage.again(FORM, result, response);
		}
		redirect.addFlashAttribute("notice", "need.admin.updated");
		return "redirect:/admin/needs/" + slug;
	}

}
