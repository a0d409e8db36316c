package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where a staff member sets their password from the one-time link in their email.
 */
@Controller
class PasswordSetupController {

	static final String FORM = "staff/set-password";

	private final StaffService staff;

	PasswordSetupController(StaffService staff) {
		this.staff = staff;
	}

	@InitBinder("passwordForm")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PasswordsAsTyped.register(binder, "password", "confirmation");
	}

	@GetMapping("/staff/set-password/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("member", this.staff.invitedBy(token).orElseThrow(InvitationNotFoundException::new));
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new PasswordForm());
		return FORM;
	}

	@PostMapping("/staff/set-password/{token}")
	String set(@PathVariable String token, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		model.addAttribute("member", this.staff.invitedBy(token).orElseThrow(InvitationNotFoundException::new));
		model.addAttribute("token", token);
		if (!result.hasErrors() && !form.confirmed()) {
			result.rejectValue("confirmation", "Mismatch");
		}
		if (!result.hasErrors()) {
			this.staff.setPassword(token, form.getPassword())
				.ifPresent((problem) -> result.rejectValue("password", problem));
		}
		if (result.hasErrors()) {
			return FormPage.invalid(FORM, response);
		}
		return "redirect:/login?passwordSet";
	}

}
