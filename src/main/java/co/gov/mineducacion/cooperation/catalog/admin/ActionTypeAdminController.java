package co.gov.mineducacion.cooperation.catalog.admin;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import co.gov.mineducacion.cooperation.catalog.CatalogAdminService;
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
 * ADMINs reword the ways to cooperate in both languages. Their codes and order stay:
 * offers name them by code.
 */
@Controller
class ActionTypeAdminController {

	static final String FORM = "catalog/admin/action-types/form";

	private final CatalogAdminService catalog;

	ActionTypeAdminController(CatalogAdminService catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/admin/catalog/action-types")
	String actionTypes(Model model) {
		model.addAttribute("actionTypes", this.catalog.actionTypes());
		return "catalog/admin/action-types/list";
	}

	@GetMapping("/admin/catalog/action-types/{code}")
	String edit(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("actionTypeForm", ActionTypeForm.from(this.catalog.actionType(code)));
		return FORM;
	}

	@PostMapping("/admin/catalog/action-types/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("actionTypeForm") ActionTypeForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("code", this.catalog.actionType(code).code());
		if (!result.hasErrors() && FormPage.saved(
				() -> this.catalog.rewordActionType(code, form.getVersion(), form.shortName(), form.text()), result,
				"catalog.admin.changedMeanwhile")) {
			redirect.addFlashAttribute("notice", "catalog.admin.actionType.updated");
			return "redirect:/admin/catalog/action-types";
		}
		return FormPage.again(FORM, result, response);
	}

}
