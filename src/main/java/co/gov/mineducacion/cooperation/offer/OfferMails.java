package co.gov.mineducacion.cooperation.offer;

import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.notification.EmailMessage;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the emails a submitter receives, in their preferred language, from the templates
 * under {@code templates/mail}.
 */
@Component
class OfferMails {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final StatusLinks links;

	OfferMails(ITemplateEngine templates, MessageSource messages, StatusLinks links) {
		this.templates = templates;
		this.messages = messages;
		this.links = links;
	}

	EmailMessage received(Offer offer) {
		return write(offer, "offer-received", "mail.received.subject");
	}

	EmailMessage statusChanged(Offer offer) {
		return write(offer, "offer-status-changed", "mail.status.subject");
	}

	private EmailMessage write(Offer offer, String template, String subjectKey) {
		Locale locale = Locale.forLanguageTag(offer.preferredLanguage());
		MailView view = new MailView(offer.contactName(), offer.trackingCode(), offer.organizationName(), offer.title(),
				String.join(", ", offer.actionTypes()), offer.status());
		Context context = new Context(locale, Map.of("offer", view, "statusUrl", this.links.url(offer.trackingCode()),
				"lastMessage", lastMessage(offer)));
		String subject = this.messages.getMessage(subjectKey, new Object[] { offer.trackingCode() }, locale);
		return new EmailMessage(offer.contactEmail(), subject,
				this.templates.process("mail/" + template + "-text", context),
				this.templates.process("mail/" + template, context));
	}

	/**
	 * What an email says about an offer.
	 */
	record MailView(String contactName, String trackingCode, String organizationName, String title, String actionTypes,
			OfferStatus status) {
	}

	private static String lastMessage(Offer offer) {
		OfferEvent last = offer.events().get(offer.events().size() - 1);
		return (last.message() != null) ? last.message() : "";
	}

}
