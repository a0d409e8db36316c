package co.gov.mineducacion.cooperation.shared;

import java.time.ZoneId;

/**
 * Where the office works: its days, deadlines and dates shown to people are Bogotá's.
 */
public final class Colombia {

	/** Bogotá's time zone (UTC−5, no daylight saving). */
	public static final ZoneId TIME_ZONE = ZoneId.of("America/Bogota");

	private Colombia() {
	}

}
