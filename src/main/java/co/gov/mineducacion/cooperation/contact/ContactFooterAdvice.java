package co.gov.mineducacion.cooperation.contact;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the contact summary in every page's footer.
 */
@ControllerAdvice
class ContactFooterAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ContactFooterAdvice.class);

	private final ContactDirectory directory;

	ContactFooterAdvice(ContactDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute("footerChannels")
	List<ChannelView> footerChannels(Locale locale) {
		try {
			return this.directory.channels(locale);
		}
		catch (DataAccessException ex) {
			// The footer must never break a page, least of all the error page shown while
			// the database is down.
			logger.warn("Contact channels unavailable for the footer: {}", ex.getMessage());
			return List.of();
		}
	}

}
