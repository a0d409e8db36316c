package co.gov.mineducacion.cooperation.contact;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * What a contact channel says, as an ADMIN writes it.
 *
 * @param unit who answers
 * @param kind phone, email, postal address...
 * @param label the label in both languages
 * @param value what is published, character for character
 * @param dial what a phone dials ({@code +576012222800}), {@code null} when not dialled
 * @param position its place in the list, smallest first
 */
public record ChannelDraft(ContactUnit unit, ChannelKind kind, Bilingual label, String value, String dial,
		int position) {

}
