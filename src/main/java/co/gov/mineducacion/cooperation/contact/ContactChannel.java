package co.gov.mineducacion.cooperation.contact;

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
 * written.
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

	@Version
	private long version;

	protected ContactChannel() {
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
