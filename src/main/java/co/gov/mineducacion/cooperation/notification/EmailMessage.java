package co.gov.mineducacion.cooperation.notification;

/**
 * An email ready to send: one recipient, a subject, a plain-text and an HTML body.
 */
public record EmailMessage(String recipient, String subject, String text, String html) {

}
