package co.gov.mineducacion.cooperation.contact;

/**
 * A contact channel as the admin list shows it, retired ones included, with its label in
 * the reader's language.
 */
public record ChannelRow(String code, ContactUnit unit, ChannelKind kind, String label, String value, int position,
		boolean retired, long version) {

}
