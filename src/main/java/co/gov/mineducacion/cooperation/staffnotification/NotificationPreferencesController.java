package co.gov.mineducacion.cooperation.staffnotification;

import java.util.List;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in staff member chooses, for each kind of news about offers, to be emailed at
 * once, in a daily digest or not at all, and the language of the portal's email to them.
 */
@Controller
@RequestMapping(NotificationPreferencesController.PATH)
class NotificationPreferencesController {

	static final String PATH = "/admin/account/notifications";

	static final String VIEW = "staffnotification/preferences";

	private final NotificationPreferencesService preferences;

	NotificationPreferencesController(NotificationPreferencesService preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute("kinds")
	List<StaffNotificationKind> kinds() {
		return List.of(StaffNotificationKind.values());
	}

	@ModelAttribute("deliveries")
	List<NotificationDelivery> deliveries() {
		return List.of(NotificationDelivery.values());
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return NotificationPreferencesForm.LANGUAGES;
	}

	@GetMapping
	String show(Authentication authentication, Model model) {
		model.addAttribute("preferencesForm", this.preferences.current(authentication.getName()));
		return VIEW;
	}

	@PostMapping
	String save(Authentication authentication, @ModelAttribute("preferencesForm") NotificationPreferencesForm form,
			BindingResult result, HttpServletResponse response, RedirectAttributes redirect) {
		form.check(result);
		if (result.hasErrors()) {
			return FormPage.invalid(VIEW, response);
		}
		this.preferences.save(authentication.getName(), form);
		redirect.addFlashAttribute("notice", "staffnotify.preferences.saved");
		return "redirect:" + PATH;
	}

}
