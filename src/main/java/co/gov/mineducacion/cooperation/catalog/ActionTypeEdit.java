package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * A way to cooperate as stored, in both languages, with the version its editor saw.
 */
public record ActionTypeEdit(String code, Bilingual shortName, Bilingual text, long version) {

}
