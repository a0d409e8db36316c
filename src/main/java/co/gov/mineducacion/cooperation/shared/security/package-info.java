/**
 * Who may see what: the portal's one security policy, and signed tokens for private
 * links.
 */
@NamedInterface("security")
package co.gov.mineducacion.cooperation.shared.security;

import org.springframework.modulith.NamedInterface;
