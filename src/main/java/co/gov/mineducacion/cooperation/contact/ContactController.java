package co.gov.mineducacion.cooperation.contact;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ContactController {

	private final ContactDirectory directory;

	ContactController(ContactDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/contact")
	String contact(Locale locale, Model model) {
		model.addAttribute("channelsByUnit", this.directory.channelsByUnit(locale));
		return "contact/contact";
	}

}
