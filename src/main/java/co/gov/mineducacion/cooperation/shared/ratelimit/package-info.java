/**
 * Abuse limits per client address, kept in PostgreSQL so that every instance shares them.
 */
@NamedInterface("ratelimit")
package co.gov.mineducacion.cooperation.shared.ratelimit;

import org.springframework.modulith.NamedInterface;
