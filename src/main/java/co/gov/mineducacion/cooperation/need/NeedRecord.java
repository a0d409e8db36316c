package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * One need as open data publishes it: codes, not names, and what meets it so far.
 *
 * @param slug its address
 * @param title its title in both languages
 * @param description its description in both languages
 * @param project its strategic project (code)
 * @param departments its departments, with those of its municipalities (DIVIPOLA codes)
 * @param municipalities its municipalities (DIVIPOLA codes)
 * @param actionTypes the ways to cooperate sought (codes)
 * @param amount the amount sought, or {@code null} for a count
 * @param currency its ISO 4217 code, or {@code null}
 * @param quantity the count sought, or {@code null} for an amount
 * @param unit the count's unit in both languages, or {@code null}
 * @param met what the accepted offers and linked activities add up to, of the same kind
 * @param acceptedOffers how many accepted offers name it
 * @param dueDate by when
 * @param status where it stands ({@code OPEN}, {@code PARTLY_MET}, {@code MET},
 * {@code CLOSED})
 * @param updatedAt when staff last changed it
 */
public record NeedRecord(String slug, Bilingual title, Bilingual description, String project, Set<String> departments,
		Set<String> municipalities, Set<String> actionTypes, BigDecimal amount, String currency, Long quantity,
		Bilingual unit, BigDecimal met, long acceptedOffers, LocalDate dueDate, String status, Instant updatedAt) {

}
