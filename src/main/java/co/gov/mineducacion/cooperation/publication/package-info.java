/**
 * What a Colombian government site must publish (Resolución MinTIC 1519 de 2020, Anexo
 * 2): the office's identity settings, the footer of every public page, the four policies
 * and the checklist that tells ADMINs what still stands between the portal and
 * publication.
 */
package co.gov.mineducacion.cooperation.publication;
