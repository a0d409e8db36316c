/**
 * Web plumbing shared by every page: language choice, the language switch, input
 * trimming, the not-found answer.
 */
@NamedInterface("web")
package co.gov.mineducacion.cooperation.shared.web;

import org.springframework.modulith.NamedInterface;
