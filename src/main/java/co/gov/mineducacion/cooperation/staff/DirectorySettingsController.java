package co.gov.mineducacion.cooperation.staff;

import co.gov.mineducacion.cooperation.shared.web.FormPage;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMINs choose which email domains get a staff account at their first sign-in through
 * the Ministry's directory.
 */
@Controller
class DirectorySettingsController {

	static final String PATH = "/admin/staff/directory";

	static final String VIEW = "staff/admin/directory";

	private final DirectoryAccounts directory;

	private final boolean configured;

	DirectorySettingsController(DirectoryAccounts directory,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.directory = directory;
		this.configured = registrations.getIfAvailable() != null;
	}

	@ModelAttribute("directoryConfigured")
	boolean directoryConfigured() {
		return this.configured;
	}

	@GetMapping(PATH)
	String settings(Model model) {
		AllowedDomains current = this.directory.allowedDomains();
		AllowedDomainsForm form = new AllowedDomainsForm();
		form.setDomains(String.join("\n", current.domains()));
		form.setVersion(current.version());
		model.addAttribute("allowedDomainsForm", form);
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("allowedDomainsForm") AllowedDomainsForm form, BindingResult result,
			Principal principal, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPage.invalid(VIEW, response);
		}
		FormPage.change(() -> this.directory.allowDomains(DomainNameList.parse(form.getDomains()), form.getVersion(),
				principal.getName()), redirect, "staff.directory.saved", "staff.directory.changedMeanwhile");
		return "redirect:" + PATH;
	}

}
