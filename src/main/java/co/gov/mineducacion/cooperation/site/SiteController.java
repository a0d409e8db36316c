package co.gov.mineducacion.cooperation.site;

import java.util.Locale;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.contact.ContactDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

	private final CatalogService catalog;

	private final ContactDirectory contacts;

	SiteController(CatalogService catalog, ContactDirectory contacts) {
		this.catalog = catalog;
		this.contacts = contacts;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("sectors", this.catalog.sectors(locale));
		model.addAttribute("mainChannel", this.contacts.mainChannel(locale).orElse(null));
		return "site/home";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "site/privacy";
	}

}
