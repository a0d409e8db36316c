package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.util.List;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.security.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * A staff member's own sign-in security: enrol an authenticator app (QR code or typed
 * key, confirmed with a code), get new recovery codes, turn the app off (STAFF only).
 */
@Controller
@RequestMapping(AccountSecurityController.PATH)
class AccountSecurityController {

	static final String PATH = "/admin/account/security";

	static final String VIEW = "staff/account/security";

	static final String CODES = "staff/account/recovery-codes";

	private final AccountSecurityService security;

	private final SecondFactor secondFactor;

	AccountSecurityController(AccountSecurityService security, SecondFactor secondFactor) {
		this.security = security;
		this.secondFactor = secondFactor;
	}

	@GetMapping
	String show(Authentication authentication, Model model) {
		model.addAttribute("security", this.security.status(authentication.getName()));
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", new CodeForm());
		}
		return VIEW;
	}

	@PostMapping("/setup")
	String setup(Authentication authentication) {
		this.security.beginSetup(authentication.getName());
		return "redirect:" + PATH;
	}

	@PostMapping("/confirm")
	String confirm(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result,
			Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<List<String>> codes = result.hasErrors() ? Optional.empty()
				: this.security.confirmSetup(authentication.getName(), form.getCode());
		if (codes.isEmpty()) {
			return wrongCode(result, authentication, model, response);
		}
		this.secondFactor.grant(request, response);
		return showCodesOnce(codes.get(), "staff.security.enabled", redirect);
	}

	@PostMapping("/recovery-codes")
	String regenerate(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<List<String>> codes = result.hasErrors() ? Optional.empty()
				: this.security.regenerateRecoveryCodes(authentication.getName(), form.getCode());
		if (codes.isEmpty()) {
			return wrongCode(result, authentication, model, response);
		}
		return showCodesOnce(codes.get(), "staff.security.regenerated", redirect);
	}

	@GetMapping("/recovery-codes")
	String recoveryCodes(Model model) {
		// The codes travel once, as a flash attribute: a reload no longer shows them.
		return model.containsAttribute("recoveryCodes") ? CODES : "redirect:" + PATH;
	}

	@PostMapping("/turn-off")
	String turnOff(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors() || !this.security.turnOff(authentication.getName(), form.getCode())) {
			return wrongCode(result, authentication, model, response);
		}
		redirect.addFlashAttribute("notice", "staff.security.turnedOff");
		return "redirect:" + PATH;
	}

	private String wrongCode(BindingResult result, Authentication authentication, Model model,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			result.rejectValue("code", "Wrong");
		}
		model.addAttribute("security", this.security.status(authentication.getName()));
		return FormPage.invalid(VIEW, response);
	}

	private static String showCodesOnce(List<String> codes, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("recoveryCodes", codes);
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + PATH + "/recovery-codes";
	}

}
