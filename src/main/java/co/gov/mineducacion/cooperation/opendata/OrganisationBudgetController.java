package co.gov.mineducacion.cooperation.opendata;

import java.security.Principal;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs enter the Ministry's annual total budget that the IATI organisation file
 * publishes, or clear it.
 */
@Controller
class OrganisationBudgetController {

	static final String PATH = "/admin/settings/iati-budget";

	static final String VIEW = "opendata/budget";

	private final OrganisationBudgetService budgets;

	OrganisationBudgetController(OrganisationBudgetService budgets) {
		this.budgets = budgets;
	}

	@GetMapping(PATH)
	String edit(Model model) {
		model.addAttribute("budgetForm", OrganisationBudgetForm.from(this.budgets.edit()));
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("budgetForm") OrganisationBudgetForm form, BindingResult result,
			Principal principal, HttpServletResponse response, RedirectAttributes redirect) {
		form.check(result);
		if (!result.hasErrors()
				&& FormPage.saved(() -> this.budgets.change(form.toBudget(), form.getVersion(), principal.getName()),
						result, "opendata.budget.changedMeanwhile")) {
			redirect.addFlashAttribute("notice", "opendata.budget.saved");
			return "redirect:" + PATH;
		}
		return FormPage.again(VIEW, result, response);
	}

}
