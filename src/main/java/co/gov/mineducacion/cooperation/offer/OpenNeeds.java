package co.gov.mineducacion.cooperation.offer;

import java.util.Locale;
import java.util.Optional;

/**
 * The needs an offer may answer: those still open to cooperation. Provided by the feature
 * that publishes needs, so that offers know needs only by their slug.
 */
public interface OpenNeeds {

	/**
	 * The need with this slug, when it is published and still open (open or partly met).
	 */
	Optional<NeedOutline> open(String slug, Locale locale);

}
