package co.gov.mineducacion.cooperation.publication;

/**
 * One element of the publication checklist as the admin pages show it.
 *
 * @param labelKey the message naming the element
 * @param sourceKey the message citing its legal source
 * @param ready whether the portal publishes it today
 * @param fixPath the admin page that fills it in, or {@code null}
 */
public record ChecklistItem(String labelKey, String sourceKey, boolean ready, String fixPath) {

}
