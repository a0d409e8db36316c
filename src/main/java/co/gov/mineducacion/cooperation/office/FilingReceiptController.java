package co.gov.mineducacion.cooperation.office;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.ActionTypeView;
import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.offer.LegalTerms;
import co.gov.mineducacion.cooperation.offer.FiledOffer;
import co.gov.mineducacion.cooperation.offer.StaffFilingService;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.web.PageNotFoundException;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * What staff see once they have filed an offer on someone's behalf: the filing number in
 * large print to read out, and a printable receipt in the person's language with what was
 * filed, how to follow it and when the office must answer.
 */
@Controller
class FilingReceiptController {

	private final StaffFilingService filing;

	private final CatalogService catalog;

	private final LegalTerms terms;

	private final PortalProperties properties;

	private final ObjectProvider<ThymeleafViewResolver> views;

	FilingReceiptController(StaffFilingService filing, CatalogService catalog, LegalTerms terms,
			PortalProperties properties, ObjectProvider<ThymeleafViewResolver> views) {
		this.views = views;
		this.filing = filing;
		this.catalog = catalog;
		this.terms = terms;
		this.properties = properties;
	}

	@GetMapping("/admin/offers/{code}/filed")
	String filed(@PathVariable String code, Model model) {
		model.addAttribute("filed", find(code));
		return "office/offers/filed";
	}

	/**
	 * The receipt, written in the person's language whatever the staff member reads.
	 */
	@GetMapping("/admin/offers/{code}/receipt")
	ModelAndView receipt(@PathVariable String code) throws Exception {
		FiledOffer filed = find(code);
		Locale language = Locale.forLanguageTag(filed.preferredLanguage());
		ModelAndView model = new ModelAndView();
		Map<String, String> actionTypes = this.catalog.actionTypes(language)
			.stream()
			.collect(Collectors.toMap(ActionTypeView::code, ActionTypeView::shortName));
		model.addObject("filed", filed);
		model.addObject("actionTypes",
				filed.actionTypes().stream().map((c) -> actionTypes.getOrDefault(c, c)).toList());
		model.addObject("due", this.terms.originalAnswerDue(filed.receivedAt()));
		model.addObject("legalDays", this.terms.answerBusinessDays());
		model.addObject("statusUrl", this.properties.baseUrl().resolve("/offers/status").toString());
		model.addObject("contactUrl", this.properties.baseUrl().resolve("/contact").toString());
		// A view resolved for the person's language is written in it, whatever the staff
		// member reads (and their language cookie is left alone).
		model.setView(this.views.getObject().resolveViewName("office/offers/receipt", language));
		return model;
	}

	private FiledOffer find(String code) {
		return this.filing.filed(code).orElseThrow(PageNotFoundException::new);
	}

}
