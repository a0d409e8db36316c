package co.gov.mineducacion.cooperation.contact;

import java.util.Objects;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A way to reach the office or the citizen care unit. The value is published exactly as
 * written; {@code dial} is what a phone dials for it. The office retires a channel rather
 * than deleting it.
 */
@Entity
@Table(name = "contact_channel")
class ContactChannel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	private ContactUnit unit;

	@Enumerated(EnumType.STRING)
	private ChannelKind kind;

	private String labelEs;

	private String labelEn;

	private String value;

	private String dial;

	private int position;

	private boolean retired;

	@Version
	private long version;

	/** What a phone dials: an optional + and 7 to 15 digits (the table checks it too). */
	static final Pattern DIAL = Pattern.compile("\\+?[0-9]{7,15}");

	/** A plain check that an email channel holds one address and nothing else. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	protected ContactChannel() {
	}

	/**
	 * A new channel, published at once.
	 */
	static ContactChannel open(String code, ChannelDraft draft) {
		ContactChannel channel = new ContactChannel();
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("A contact channel needs a code");
		}
		channel.code = code;
		channel.revise(draft);
		return channel;
	}

	/**
	 * Replaces what the channel says: who answers, its kind, its label in both languages,
	 * its value, what a phone dials and its place in the list.
	 * @return whether anything changed
	 */
	boolean revise(ChannelDraft draft) {
		Objects.requireNonNull(draft.unit(), "unit");
		Objects.requireNonNull(draft.kind(), "kind");
		if (blank(draft.label().es()) || blank(draft.label().en()) || blank(draft.value())) {
			throw new IllegalArgumentException("A contact channel needs its label in both languages and a value");
		}
		if (draft.dial() != null && (!draft.kind().isDialled() || !DIAL.matcher(draft.dial()).matches())) {
			throw new IllegalArgumentException("Only a phone channel dials, and only digits");
		}
		if (draft.kind() == ChannelKind.EMAIL && !EMAIL.matcher(draft.value()).matches()) {
			throw new IllegalArgumentException("An email channel holds one email address");
		}
		boolean changed = !draft.equals(draft());
		this.unit = draft.unit();
		this.kind = draft.kind();
		this.labelEs = draft.label().es();
		this.labelEn = draft.label().en();
		this.value = draft.value();
		this.dial = draft.dial();
		this.position = draft.position();
		return changed;
	}

	/**
	 * Takes the channel off the public pages.
	 */
	void retire() {
		if (this.retired) {
			throw new IllegalStateException("Channel " + this.code + " is already retired");
		}
		this.retired = true;
	}

	/**
	 * Publishes a retired channel again.
	 */
	void restore() {
		if (!this.retired) {
			throw new IllegalStateException("Channel " + this.code + " is not retired");
		}
		this.retired = false;
	}

	ChannelDraft draft() {
		return new ChannelDraft(this.unit, this.kind, label(), this.value, this.dial, this.position);
	}

	boolean isRetired() {
		return this.retired;
	}

	long version() {
		return this.version;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	String code() {
		return this.code;
	}

	ContactUnit unit() {
		return this.unit;
	}

	ChannelKind kind() {
		return this.kind;
	}

	Bilingual label() {
		return new Bilingual(this.labelEs, this.labelEn);
	}

	String value() {
		return this.value;
	}

	/**
	 * The {@code tel:} or {@code mailto:} link for the channel, {@code null} for a postal
	 * address.
	 */
	String href() {
		if (this.kind == ChannelKind.EMAIL) {
			return "mailto:" + this.value;
		}
		return (this.dial != null) ? "tel:" + this.dial : null;
	}

}
