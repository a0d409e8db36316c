/**
 * Web plumbing shared by every page: language choice, the language switch, input
 * trimming, the not-found answer, and "try again in a moment" (503) while the database is
 * out of reach.
 */
@NamedInterface("web")
package co.gov.mineducacion.cooperation.shared.web;

import org.springframework.modulith.NamedInterface;
