package co.gov.mineducacion.cooperation.office;

/**
 * An answer template as offered on the offer page, already in the submitter's language.
 */
record TemplateChoice(Long id, String name, String subject, String body) {

}
