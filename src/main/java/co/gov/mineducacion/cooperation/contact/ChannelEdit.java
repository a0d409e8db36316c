package co.gov.mineducacion.cooperation.contact;

/**
 * A contact channel as stored, for the admin pages: what it says, whether it is retired,
 * and the version its editor saw.
 */
public record ChannelEdit(String code, ChannelDraft channel, boolean retired, long version) {

}
