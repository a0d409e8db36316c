package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The offer form as the office fills it in for someone who called, came in, wrote an
 * email or sent a letter: the public form's fields and rules, plus how and when the offer
 * was received (the response clock starts then) and, for someone without an email
 * address, where to write to them. Bound under the public form's name, {@code offerForm},
 * so both share their messages.
 */
class StaffFilingForm extends OfferForm {

	/** The format of an HTML {@code datetime-local} input, in Bogotá time. */
	static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

	@NotNull
	private OfferChannel channel;

	@NotNull
	@DateTimeFormat(pattern = DATE_TIME)
	private LocalDateTime receivedAt;

	@Size(max = 300)
	private String contactPostalAddress;

	/**
	 * An email address is needed only when the offer came by email; by phone, in person
	 * or by post a phone number or a postal address will do.
	 */
	@Override
	boolean requiresEmail() {
		return this.channel == null || this.channel.needsEmail();
	}

	@Override
	String postalAddress() {
		return this.contactPostalAddress;
	}

	public OfferChannel getChannel() {
		return this.channel;
	}

	public void setChannel(OfferChannel channel) {
		this.channel = channel;
	}

	public LocalDateTime getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public String getContactPostalAddress() {
		return this.contactPostalAddress;
	}

	public void setContactPostalAddress(String contactPostalAddress) {
		this.contactPostalAddress = contactPostalAddress;
	}

}
