package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
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

	private final LegalTerms terms;

	OfferMails(ITemplateEngine templates, MessageSource messages, StatusLinks links, LegalTerms terms) {
		this.templates = templates;
		this.messages = messages;
		this.links = links;
		this.terms = terms;
	}

	EmailMessage received(Offer offer) {
		return write(offer, "offer-received", "mail.received.subject");
	}

	EmailMessage statusChanged(Offer offer) {
		return write(offer, "offer-status-changed", "mail.status.subject");
	}

	/**
	 * The status email with the office's own subject (from an answer template), followed
	 * by the filing number; the standard subject when {@code subject} is {@code null}.
	 */
	EmailMessage statusChanged(Offer offer, String subject) {
		if (subject == null) {
			return statusChanged(offer);
		}
		return write(offer, "offer-status-changed", "mail.answer.subject", subject);
	}

	/**
	 * The office's notice that its answer will come late: why, and the new date.
	 */
	EmailMessage termExtended(Offer offer, LocalDate until, String reason) {
		Locale locale = Locale.forLanguageTag(offer.preferredLanguage());
		return compose(offer, "offer-term-extended", "mail.extension.subject",
				Map.of("until", longDate(until, locale), "reason", reason));
	}

	/**
	 * The office's notice that it forwarded the offer to the competent entity (Ley 1755
	 * de 2015, art. 21): which entity, and the office's message.
	 */
	EmailMessage forwarded(Offer offer, Forwarding forwarding) {
		return compose(offer, "offer-forwarded", "mail.forwarded.subject",
				Map.of("entityName", forwarding.entityName(), "entityEmail", forwarding.entityEmail()));
	}

	/**
	 * The submitter asked for one more month to answer the office: the new last day.
	 */
	EmailMessage informationExtended(Offer offer, LocalDate until) {
		Locale locale = Locale.forLanguageTag(offer.preferredLanguage());
		return compose(offer, "offer-information-extended", "mail.informationExtended.subject",
				Map.of("until", longDate(until, locale)));
	}

	static String longDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	private EmailMessage write(Offer offer, String template, String subjectKey, Object... subjectArguments) {
		return compose(offer, template, subjectKey, Map.of(), subjectArguments);
	}

	private EmailMessage compose(Offer offer, String template, String subjectKey, Map<String, Object> more,
			Object... subjectArguments) {
		Locale locale = Locale.forLanguageTag(offer.preferredLanguage());
		MailView view = new MailView(offer.contactName(), offer.trackingCode(), offer.organizationName(), offer.title(),
				String.join(", ", offer.actionTypes()), offer.status());
		Map<String, Object> variables = new HashMap<>();
		variables.put("offer", view);
		variables.put("statusUrl", this.links.url(offer.trackingCode()));
		variables.put("lastMessage", lastMessage(offer));
		variables.put("original", offer.originalDisclosedToSubmitter());
		// While the office waits for the submitter, every email says by when to answer
		// (Ley 1755 de 2015, art. 17).
		LocalDate informationDue = offer.informationDue(this.terms);
		variables.put("informationDue", (informationDue != null) ? longDate(informationDue, locale) : null);
		variables.putAll(more);
		Context context = new Context(locale, variables);
		// The filing number is always the subject's last argument.
		Object[] arguments = Arrays.copyOf(subjectArguments, subjectArguments.length + 1);
		arguments[subjectArguments.length] = offer.trackingCode();
		String subject = this.messages.getMessage(subjectKey, arguments, locale);
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
