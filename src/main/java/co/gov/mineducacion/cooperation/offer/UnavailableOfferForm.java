package co.gov.mineducacion.cooperation.offer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.shared.web.UnavailablePage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.ServletRequestParameterPropertyValues;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * An offer form posted while the database is out of reach comes back with everything
 * typed and a note to try again in a moment; only documents are lost, as browsers never
 * send a file twice. The form keeps its token, so however often it is sent again the
 * offer is filed once.
 */
@Component
class UnavailableOfferForm implements UnavailablePage {

	private final OfferFormChoices choices;

	private final ConversionService conversions;

	UnavailableOfferForm(OfferFormChoices choices, @Qualifier("mvcConversionService") ConversionService conversions) {
		this.choices = choices;
		this.conversions = conversions;
	}

	@Override
	public ModelAndView pageFor(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<Map<String, Object>> lists = this.choices.lastRead(locale);
		if (!"POST".equals(request.getMethod()) || !"/offers".equals(path) || lists.isEmpty()) {
			return null;
		}
		WebDataBinder binder = new WebDataBinder(new OfferForm(), "offerForm");
		binder.setConversionService(this.conversions);
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setDisallowedFields("attachments");
		binder.bind(new ServletRequestParameterPropertyValues(request));
		((OfferForm) binder.getTarget()).renewTokenUnlessWellFormed();
		ModelAndView page = new ModelAndView(OfferController.FORM);
		page.addAllObjects(lists.get());
		page.addAllObjects(binder.getBindingResult().getModel());
		page.addObject("stagedFiles", List.of());
		page.addObject("databaseUnavailable", true);
		return page;
	}

}
