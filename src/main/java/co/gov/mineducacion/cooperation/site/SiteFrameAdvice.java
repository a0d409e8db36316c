package co.gov.mineducacion.cooperation.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.web.LayoutAttributes;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the public navigation: the header's menu ({@code siteMenu}, drawn from
 * {@link SiteNavigation}) and the navigation's entry for the page shown
 * ({@code sitePage}, absent on pages the navigation does not know), whose description is
 * the page's {@code <meta name="description">} unless the page gives its own
 * ({@code pageDescription}).
 */
@ControllerAdvice
class SiteFrameAdvice implements LayoutAttributes {

	private final SiteNavigation navigation;

	SiteFrameAdvice(SiteNavigation navigation) {
		this.navigation = navigation;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		Map<String, Object> attributes = new HashMap<>();
		addTo(attributes, request, locale);
		model.addAllAttributes(attributes);
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request, Locale locale) {
		model.put("siteMenu", this.navigation.menu());
		this.navigation.sectionOf(LayoutAttributes.currentPath(request))
			.ifPresent((page) -> model.put("sitePage", page));
	}

}
