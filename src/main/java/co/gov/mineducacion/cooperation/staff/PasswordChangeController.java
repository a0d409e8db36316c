package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in staff member changes their own password, giving the current one.
 */
@Controller
@RequestMapping(PasswordChangeController.PATH)
class PasswordChangeController {

	static final String PATH = "/admin/account/password";

	static final String VIEW = "staff/account/password";

	private final StaffService staff;

	PasswordChangeController(StaffService staff) {
		this.staff = staff;
	}

	@InitBinder("passwordChangeForm")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PasswordsAsTyped.register(binder, "current", "password", "confirmation");
	}

	@ModelAttribute("passwordChangeForm")
	PasswordChangeForm form() {
		return new PasswordChangeForm();
	}

	@GetMapping
	String show() {
		return VIEW;
	}

	@PostMapping
	String change(Authentication authentication, @Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
			BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.confirmed()) {
			result.rejectValue("confirmation", "Mismatch");
		}
		if (!result.hasErrors()) {
			this.staff.changePassword(authentication.getName(), form.getCurrent(), form.getPassword())
				.ifPresent((problem) -> result.rejectValue(problem.field(), problem.code()));
		}
		if (result.hasErrors()) {
			return FormPage.invalid(VIEW, response);
		}
		redirect.addFlashAttribute("notice", "staff.account.password.changed");
		return "redirect:" + AccountSecurityController.PATH;
	}

}
