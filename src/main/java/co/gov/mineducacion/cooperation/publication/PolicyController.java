package co.gov.mineducacion.cooperation.publication;

import java.util.Locale;

import co.gov.mineducacion.cooperation.contact.ContactDirectory;
import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The four policy pages, each with its version and date. The personal-data policy shows
 * the controller's contact details beside its text, from the contact channels and the
 * office's settings: the stored text names no address, phone or email of its own.
 */
@Controller
class PolicyController {

	static final String VIEW = "publication/policy";

	private final LegalTexts texts;

	private final ContactDirectory contacts;

	private final OfficeIdentityService identity;

	PolicyController(LegalTexts texts, ContactDirectory contacts, OfficeIdentityService identity) {
		this.texts = texts;
		this.contacts = contacts;
		this.identity = identity;
	}

	@GetMapping("/terms")
	String terms(Locale locale, Model model) {
		return show(LegalTextKind.TERMS, locale, model);
	}

	@GetMapping("/personal-data-policy")
	String personalDataPolicy(Locale locale, Model model) {
		model.addAttribute("controllerChannels", this.contacts.channels(locale));
		model.addAttribute("identity", this.identity.settings());
		return show(LegalTextKind.PERSONAL_DATA_POLICY, locale, model);
	}

	@GetMapping("/copyright")
	String copyright(Locale locale, Model model) {
		return show(LegalTextKind.COPYRIGHT, locale, model);
	}

	@GetMapping("/accessibility")
	String accessibility(Locale locale, Model model) {
		return show(LegalTextKind.ACCESSIBILITY, locale, model);
	}

	private String show(LegalTextKind kind, Locale locale, Model model) {
		LegalTexts.PublishedText text = this.texts.published(kind, locale);
		model.addAttribute("policy", text);
		model.addAttribute(PageUpdated.ATTRIBUTE, text.revisedOn());
		return VIEW;
	}

}
