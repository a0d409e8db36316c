package co.gov.mineducacion.cooperation.site;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site map for people: every public page by section, in the visitor's language.
 */
@Controller
class SiteMapController {

	private final SiteMap siteMap;

	SiteMapController(SiteMap siteMap) {
		this.siteMap = siteMap;
	}

	@GetMapping("/site-map")
	String siteMap(Locale locale, Model model) {
		model.addAttribute("sections", this.siteMap.sections(locale));
		return "site/site-map";
	}

}
