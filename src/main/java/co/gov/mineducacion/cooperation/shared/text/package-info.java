/**
 * Text helpers every feature uses: the two languages and accent-insensitive search.
 */
@NamedInterface("text")
package co.gov.mineducacion.cooperation.shared.text;

import org.springframework.modulith.NamedInterface;
