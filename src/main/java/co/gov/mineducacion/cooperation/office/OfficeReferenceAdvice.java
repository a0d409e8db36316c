package co.gov.mineducacion.cooperation.office;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.catalog.CatalogService;
import co.gov.mineducacion.cooperation.catalog.SectorView;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Names the office's pages show instead of codes.
 */
@ControllerAdvice(assignableTypes = { OfferQueueController.class, OfferReviewController.class,
		OfferAssignmentController.class, TermExtensionController.class, ForwardingController.class })
class OfficeReferenceAdvice {

	private final CatalogService catalog;

	OfficeReferenceAdvice(CatalogService catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("sectorNames")
	Map<String, String> sectorNames(Locale locale) {
		return this.catalog.sectors(locale).stream().collect(Collectors.toMap(SectorView::code, SectorView::name));
	}

}
