package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
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

/**
 * The second step of signing in, for accounts with an authenticator app: after the
 * password, a code from the app or a recovery code. Only then does the workspace open.
 */
@Controller
class SignInCodeController {

	static final String PATH = "/login/code";

	static final String VIEW = "staff/sign-in-code";

	private final AccountSecurityService security;

	private final SecondFactor secondFactor;

	SignInCodeController(AccountSecurityService security, SecondFactor secondFactor) {
		this.security = security;
		this.secondFactor = secondFactor;
	}

	@GetMapping(PATH)
	String form(Authentication authentication, Model model) {
		if (!SecondFactor.awaitingCode(authentication)) {
			return nothingAwaited(authentication);
		}
		model.addAttribute("codeForm", new CodeForm());
		return VIEW;
	}

	@PostMapping(PATH)
	String check(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		if (!SecondFactor.awaitingCode(authentication)) {
			return nothingAwaited(authentication);
		}
		SignInCode outcome = result.hasErrors() ? null : this.security.checkSignInCode(authentication.getName(),
				form.getCode(), SecondFactor.viaDirectory(authentication));
		if (outcome == SignInCode.LOCKED) {
			this.secondFactor.abandon(request, response);
			return "redirect:/login?error";
		}
		if (outcome == null || !outcome.accepted()) {
			if (outcome != null) {
				result.rejectValue("code", "Wrong");
			}
			return FormPage.invalid(VIEW, response);
		}
		this.secondFactor.grant(request, response);
		return "redirect:" + this.secondFactor.destination(request, response, "/admin");
	}

	/**
	 * No code is awaited: a visitor signs in first; a signed-in member goes on to the
	 * workspace, where the security policy sends an ADMIN without an app to enrol one.
	 */
	private static String nothingAwaited(Authentication authentication) {
		return (authentication != null && authentication.isAuthenticated()) ? "redirect:/admin" : "redirect:/login";
	}

}
