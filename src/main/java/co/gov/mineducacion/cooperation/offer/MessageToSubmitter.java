package co.gov.mineducacion.cooperation.offer;

/**
 * What the office writes to a submitter with a workflow move: the body, and a subject of
 * its own or {@code null} for the standard "status changed" subject.
 */
public record MessageToSubmitter(String subject, String body) {

	public MessageToSubmitter {
		subject = (subject == null || subject.isBlank()) ? null : subject.strip();
	}

	public static MessageToSubmitter of(String body) {
		return new MessageToSubmitter(null, body);
	}

}
