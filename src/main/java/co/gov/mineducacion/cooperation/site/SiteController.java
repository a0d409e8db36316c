package co.gov.mineducacion.cooperation.site;

import java.util.Locale;

import co.gov.mineducacion.cooperation.catalog.CatalogDates;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.contact.ContactDates;
import co.gov.mineducacion.cooperation.contact.ContactDirectory;
import co.gov.mineducacion.cooperation.shared.web.PageUpdated;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SiteController {

	private final CatalogService catalog;

	private final ContactDirectory contacts;

	private final CatalogDates catalogDates;

	private final ContactDates contactDates;

	SiteController(CatalogService catalog, ContactDirectory contacts, CatalogDates catalogDates,
			ContactDates contactDates) {
		this.catalog = catalog;
		this.contacts = contacts;
		this.catalogDates = catalogDates;
		this.contactDates = contactDates;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("sectors", this.catalog.sectors(locale));
		model.addAttribute("mainChannel", this.contacts.mainChannel(locale).orElse(null));
		model.addAttribute(PageUpdated.ATTRIBUTE,
				PageUpdated.latest(this.catalogDates.catalogue(), this.contactDates.channels()));
		return "site/home";
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute(PageUpdated.ATTRIBUTE, PrivacyNotice.PUBLISHED_ON);
		return "site/privacy";
	}

}
