package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * A strategic project in both languages; {@code objective} is {@code null} while unknown.
 */
public record PublishedProject(String code, ProjectLevel level, PolicyAxis axis, Bilingual name, Bilingual objective) {

}
