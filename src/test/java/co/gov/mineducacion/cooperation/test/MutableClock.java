package co.gov.mineducacion.cooperation.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests set: the portal reads time from the {@code Clock} bean, so a test that
 * imports {@link Configuration} decides what "today" is.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock() {
		this(Instant.now());
	}

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	/**
	 * Moves the clock forward, so that hours of retries pass in seconds.
	 */
	public synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Moves the clock to {@code moment}, never back.
	 */
	public synchronized void moveTo(Instant moment) {
		if (moment.isAfter(this.now)) {
			this.now = moment;
		}
	}

	/**
	 * Noon in Bogotá on the given day.
	 */
	public void setDay(LocalDate day) {
		set(day.atTime(12, 0).atZone(ZoneId.of("America/Bogota")).toInstant());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/**
	 * Replaces the portal's clock with a {@link MutableClock}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
