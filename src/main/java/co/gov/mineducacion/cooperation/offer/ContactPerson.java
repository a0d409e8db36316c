package co.gov.mineducacion.cooperation.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person the office writes to about an offer (removed when the contact data is
 * anonymised).
 *
 * @param name their name
 * @param position their position, when given
 * @param email the address every notice goes to; absent only for an offer taken by phone,
 * in person or by post from someone without one
 * @param phone their phone number, when given
 * @param preferredLanguage {@code es} or {@code en}: the language of the notices
 * @param postalAddress where to write to them, when an offer taken by the office gives it
 */
@Embeddable
public record ContactPerson(@Column(name = "contact_name") String name,
		@Column(name = "contact_position") String position, @Column(name = "contact_email") String email,
		@Column(name = "contact_phone") String phone, String preferredLanguage,
		@Column(name = "contact_postal_address") String postalAddress) {

	boolean hasEmail() {
		return this.email != null;
	}

}
