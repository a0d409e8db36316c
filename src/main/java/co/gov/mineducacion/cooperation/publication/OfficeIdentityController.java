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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs fill in the office's identity settings the footer publishes.
 */
@Controller
class OfficeIdentityController {

	static final String PATH = "/admin/publication/identity";

	static final String VIEW = "publication/identity";

	private final OfficeIdentityService identity;

	OfficeIdentityController(OfficeIdentityService identity) {
		this.identity = identity;
	}

	@GetMapping(PATH)
	String edit(Model model) {
		model.addAttribute("identityForm", IdentityForm.from(this.identity.edit()));
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("identityForm") IdentityForm form, BindingResult result, Principal principal,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.checkHours(result);
		if (!result.hasErrors()
				&& FormPage.saved(() -> this.identity.change(form.toSettings(), form.getVersion(), principal.getName()),
						result, "publication.changedMeanwhile")) {
			redirect.addFlashAttribute("notice", "publication.identity.saved");
			return "redirect:" + PATH;
		}
		return FormPage.again(VIEW, result, response);
	}

}
