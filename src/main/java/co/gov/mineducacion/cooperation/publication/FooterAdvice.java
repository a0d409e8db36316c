package co.gov.mineducacion.cooperation.publication;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the office's identity settings in every page's footer (the contact channels come
 * from {@code contact}'s own advice).
 */
@ControllerAdvice
class FooterAdvice {

	private static final Logger logger = LoggerFactory.getLogger(FooterAdvice.class);

	private final OfficeIdentityService identity;

	private final PortalParts portal;

	FooterAdvice(OfficeIdentityService identity, PortalParts portal) {
		this.identity = identity;
		this.portal = portal;
	}

	/**
	 * Whether the portal serves the CO and GOV.CO marks: the footer shows no image it
	 * cannot load.
	 */
	@ModelAttribute("footerMarks")
	boolean footerMarks() {
		return this.portal.answers(PublicationChecklist.GOVCO_MARK)
				&& this.portal.answers(PublicationChecklist.CO_MARK);
	}

	@ModelAttribute("footerIdentity")
	FooterIdentity footerIdentity(Locale locale) {
		try {
			return FooterIdentity.of(this.identity.settings(), locale);
		}
		catch (DataAccessException ex) {
			// The footer must never break a page, least of all the error page shown while
			// the database is down: without the settings it shows what it has.
			logger.warn("Office identity unavailable for the footer: {}", ex.getMessage());
			return null;
		}
	}

}
