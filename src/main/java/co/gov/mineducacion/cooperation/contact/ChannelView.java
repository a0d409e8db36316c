package co.gov.mineducacion.cooperation.contact;

/**
 * A contact channel in the reader's language; {@code href} is {@code null} for a postal
 * address.
 */
public record ChannelView(String code, ContactUnit unit, ChannelKind kind, String label, String value, String href) {

}
