package co.gov.mineducacion.cooperation.search;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The site search page: the search field, and the results once a query is given.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	/**
	 * Unlike other forms, a blank query stays blank rather than becoming no query: it
	 * earns a message, where no query at all just shows the field.
	 */
	@InitBinder("searchForm")
	void keepBlankQueries(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult result, Locale locale,
			Model model) {
		if (form.isSubmitted() && !result.hasErrors()) {
			model.addAttribute("results", this.search.search(form.getQ(), locale));
		}
		return VIEW;
	}

}
