package co.gov.mineducacion.cooperation.opendata;

import co.gov.mineducacion.cooperation.shared.web.LocalhostBaseUrlWarning;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells ADMINs on the open-data page that the published files point to localhost, when
 * the portal's base URL was left at it while the portal is reached under another name.
 */
@ControllerAdvice(assignableTypes = OpenDataController.class)
class BaseUrlNoticeAdvice {

	private final LocalhostBaseUrlWarning warning;

	BaseUrlNoticeAdvice(LocalhostBaseUrlWarning warning) {
		this.warning = warning;
	}

	@ModelAttribute("baseUrlNotice")
	boolean baseUrlNotice(HttpServletRequest request) {
		return request.isUserInRole("ADMIN") && this.warning.pointsElsewhere(request);
	}

}
