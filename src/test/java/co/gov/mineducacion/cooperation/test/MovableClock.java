package co.gov.mineducacion.cooperation.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it, so that hours of retries pass in
 * seconds. Register it as a {@code @Primary} bean to replace the portal's clock.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	public MovableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	public void advance(Duration duration) {
		this.now.updateAndGet((current) -> current.plus(duration));
	}

	/**
	 * Moves the clock to {@code moment}, never back.
	 */
	public void moveTo(Instant moment) {
		this.now.updateAndGet((current) -> moment.isAfter(current) ? moment : current);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The portal reads instants only");
	}

}
