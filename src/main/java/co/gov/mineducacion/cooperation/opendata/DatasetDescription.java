package co.gov.mineducacion.cooperation.opendata;

/**
 * A dataset as the open-data page describes it, in one language.
 *
 * @param href the address of its description on the open-data page
 */
public record DatasetDescription(String title, String text, String href) {

}
