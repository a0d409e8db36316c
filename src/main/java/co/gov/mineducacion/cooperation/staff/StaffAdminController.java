package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs manage staff accounts: invite, deactivate, reactivate, reset a password.
 */
@Controller
class StaffAdminController {

	static final String FORM = "staff/admin/form";

	private final StaffService staff;

	private final StaffAccess access;

	StaffAdminController(StaffService staff, StaffAccess access) {
		this.staff = staff;
		this.access = access;
	}

	@GetMapping("/admin/staff")
	String accounts(Model model) {
		model.addAttribute("accounts", this.staff.accounts());
		return "staff/admin/list";
	}

	@GetMapping("/admin/staff/new")
	String newAccount(Model model) {
		model.addAttribute("inviteForm", new StaffInviteForm());
		model.addAttribute("roles", StaffRole.values());
		return FORM;
	}

	@PostMapping("/admin/staff/new")
	String invite(@Valid @ModelAttribute("inviteForm") StaffInviteForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& this.access.invite(form.getEmail(), form.getDisplayName(), form.getRole()).isEmpty()) {
			result.rejectValue("email", "Taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("roles", StaffRole.values());
			return FormPage.invalid(FORM, response);
		}
		redirect.addFlashAttribute("notice", "staff.admin.invited");
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.deactivate(id);
		redirect.addFlashAttribute("notice", "staff.admin.deactivated");
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{id}/reactivate")
	String reactivate(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.reactivate(id);
		redirect.addFlashAttribute("notice", "staff.admin.reactivated");
		return "redirect:/admin/staff";
	}

	@PostMapping("/admin/staff/{id}/reset-password")
	String resetPassword(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.resetPassword(id);
		redirect.addFlashAttribute("notice", "staff.admin.reset");
		return "redirect:/admin/staff";
	}

}
