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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs set how long contact data of offers closed without cooperation is kept.
 */
@Controller
class RetentionSettingController {

	static final String VIEW = "dataprotection/settings";

	private final ContactDataRetention retention;

	RetentionSettingController(ContactDataRetention retention) {
		this.retention = retention;
	}

	@GetMapping("/admin/settings")
	String settings(Model model) {
		RetentionSetting current = this.retention.current();
		RetentionForm form = new RetentionForm();
		form.setMonths(current.contactRetentionMonths());
		form.setVersion(current.version());
		model.addAttribute("retentionForm", form);
		return VIEW;
	}

	@PostMapping("/admin/settings")
	String change(@Valid @ModelAttribute("retentionForm") RetentionForm form, BindingResult result, Principal principal,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPage.invalid(VIEW, response);
		}
		FormPage.change(() -> this.retention.change(form.getMonths(), form.getVersion(), principal.getName()), redirect,
				"dataprotection.settings.saved", "dataprotection.changedMeanwhile");
		return "redirect:/admin/settings";
	}

}
