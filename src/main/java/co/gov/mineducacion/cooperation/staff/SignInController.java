package co.gov.mineducacion.cooperation.staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff sign-in page: email and password, and, when the Ministry's OpenID Connect
 * provider is registered, a button to sign in through it. A refused directory sign-in
 * comes back here with its reason.
 */
@Controller
class SignInController {

	private final String directoryLink;

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.directoryLink = directoryLink(registrations.getIfAvailable());
	}

	@GetMapping("/login")
	String signIn(@RequestParam(name = "directory", required = false) String directory, Model model) {
		model.addAttribute("directoryLink", this.directoryLink);
		if (directory != null) {
			model.addAttribute("directoryProblem",
					DirectoryRefusal.fromCode(directory)
						.map(DirectoryRefusal::messageKey)
						.orElse("staff.signin.directory.failed"));
		}
		return "staff/sign-in";
	}

	/**
	 * Where the button starts a directory sign-in: the first registered provider's
	 * authorization request, or null when none is registered.
	 */
	private static String directoryLink(ClientRegistrationRepository registrations) {
		if (registrations instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					return "/oauth2/authorization/" + registration.getRegistrationId();
				}
			}
		}
		return null;
	}

}
