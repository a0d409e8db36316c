package co.gov.mineducacion.cooperation.shared.web;

import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.Colombia;

/**
 * When a public page's content last changed, as the footer shows it ("Última
 * actualización"): a controller puts the day in the model under {@link #ATTRIBUTE}, from
 * the data the page shows (a project's, an activity's, the catalogue's, a policy's),
 * never from the time the portal was built. A page without it shows no date.
 */
public final class PageUpdated {

	/**
	 * The model attribute the footer reads: a {@link LocalDate}, or absent.
	 */
	public static final String ATTRIBUTE = "pageUpdated";

	private PageUpdated() {
	}

	/**
	 * The day, in Bogotá, of an instant; {@code null} for {@code null}.
	 */
	public static LocalDate dayOf(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, Colombia.TIME_ZONE) : null;
	}

	/**
	 * The later of two days, either of which may be {@code null}.
	 */
	public static LocalDate latest(LocalDate one, LocalDate other) {
		if (one == null) {
			return other;
		}
		return (other != null && other.isAfter(one)) ? other : one;
	}

}
