package co.gov.mineducacion.cooperation.dataprotection;

import java.util.Locale;

import co.gov.mineducacion.cooperation.notification.EmailMessage;
import co.gov.mineducacion.cooperation.notification.MailOutbox;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The office's answer to a data subject, through the outbox, in Spanish (the language of
 * the Ministry's procedures under Ley 1581).
 */
@Component
class DataRequestMails {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final MailOutbox outbox;

	private final MessageSource messages;

	DataRequestMails(MailOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	void sendAnswer(DataSubjectRequest request) {
		String subject = this.messages.getMessage("dataprotection.mail.subject",
				new Object[] { this.messages.getMessage("DataRequestKind." + request.kind(), null, SPANISH) }, SPANISH);
		String greeting = this.messages.getMessage("dataprotection.mail.greeting",
				new Object[] { request.requesterName() }, SPANISH);
		String signature = this.messages.getMessage("dataprotection.mail.signature", null, SPANISH);
		String text = greeting + "\n\n" + request.answer() + "\n\n" + signature + "\n";
		String html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>"
				+ HtmlUtils.htmlEscape(request.answer()).replace("\n", "<br>") + "</p><p>"
				+ HtmlUtils.htmlEscape(signature) + "</p>";
		this.outbox.enqueue(new EmailMessage(request.requesterEmail(), subject, text, html));
	}

}
