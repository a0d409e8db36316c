package co.gov.mineducacion.cooperation.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person the office writes to about an offer (removed when the contact data is
 * anonymised).
 *
 * @param name their name
 * @param position their position, when given
 * @param email the address every notice goes to
 * @param phone their phone number, when given
 * @param preferredLanguage {@code es} or {@code en}: the language of the notices
 */
@Embeddable
public record ContactPerson(@Column(name = "contact_name") String name,
		@Column(name = "contact_position") String position, @Column(name = "contact_email") String email,
		@Column(name = "contact_phone") String phone, String preferredLanguage) {

}
