package co.gov.mineducacion.cooperation.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.ModelAndView;

/**
 * A feature's own answer to one of its requests that the portal cannot serve for a moment
 * (the database is out of reach, or the portal is too busy to take it), in place of the
 * general "try again in a moment" page: the offer form, for instance, comes back with
 * what was typed. It is rendered outside Spring MVC, so it must not read the database,
 * the session or the signed-in user; the answer's status is always 503.
 */
public interface UnavailablePage {

	/**
	 * The view and model to answer {@code request} with, or {@code null} when this page
	 * does not answer it.
	 */
	ModelAndView pageFor(HttpServletRequest request, Locale locale);

}
