/**
 * What every feature of the portal uses: languages, web plumbing, security and text
 * helpers.
 */
package co.gov.mineducacion.cooperation.shared;
