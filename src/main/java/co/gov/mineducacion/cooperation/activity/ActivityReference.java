package co.gov.mineducacion.cooperation.activity;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * Names an activity: its slug (its address) and its title.
 */
public record ActivityReference(String slug, Bilingual title) {

}
