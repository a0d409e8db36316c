package co.gov.mineducacion.cooperation.contact;

import java.util.Locale;

import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ContactController {

	private final ContactDirectory directory;

	private final ContactDates dates;

	ContactController(ContactDirectory directory, ContactDates dates) {
		this.directory = directory;
		this.dates = dates;
	}

	@GetMapping("/contact")
	String contact(Locale locale, Model model) {
		model.addAttribute("channelsByUnit", this.directory.channelsByUnit(locale));
		model.addAttribute(PageUpdated.ATTRIBUTE, this.dates.channels());
		return "contact/contact";
	}

}
