package co.gov.mineducacion.cooperation.offer;

import java.util.Arrays;
import java.util.List;

/**
 * How an offer reached the office: through the public web form, or by phone, in person,
 * by email or by post and filed by a staff member on the person's behalf (Decreto 1166 de
 * 2016). Labels are {@code OfferChannel.<name>}.
 */
public enum OfferChannel {

	WEB(true), PHONE(false), IN_PERSON(false), EMAIL(true), POST(true);

	private final boolean inWriting;

	OfferChannel(boolean inWriting) {
		this.inWriting = inWriting;
	}

	/**
	 * The channels through which staff file an offer on someone's behalf.
	 */
	public static List<OfferChannel> takenByStaff() {
		return Arrays.stream(values()).filter((channel) -> channel != WEB).toList();
	}

	/**
	 * Whether a person who uses this channel has an email address by definition.
	 */
	boolean needsEmail() {
		return this == WEB || this == EMAIL;
	}

	/**
	 * Whether what the person says through this channel, their consent included, comes in
	 * writing (a letter, an email) rather than by word of mouth.
	 */
	public boolean isInWriting() {
		return this.inWriting;
	}

}
