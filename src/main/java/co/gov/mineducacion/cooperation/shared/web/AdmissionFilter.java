package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the portal working on no more requests at once than it can finish
 * ({@code portal.admission.max-concurrent-requests}); the others wait their turn, in the
 * order they came, up to {@code portal.admission.max-wait}, and are then answered 503
 * with {@code Retry-After} ({@link UnavailableAnswer}: the offer form comes back with
 * what was typed). Every request holds a virtual thread, its form and its page in memory:
 * without a bound, a burst larger than the portal can serve piles up until the heap runs
 * out and nobody is served (the submission benchmark at 200 offers a second, README).
 * Kept pages, files and the health probe cost next to nothing and are never held back.
 * <p>
 * Visitors with a session (staff at work) or with a flash cookie (a cooperator whose
 * offer was just filed and who is shown its number, {@link VisitorFlashMapManager}) take
 * turns apart from those without one, in a line of the same length: a crowd of new
 * visitors never holds back the confirmation of an offer already filed, or the office's
 * work, and either cookie, which anyone can make up, buys no more than the other line.
 */
@Component
class AdmissionFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * After the page cache, which answers kept pages at once, and before the session
	 * repository filter ({@code Integer.MIN_VALUE + 50}) reads the database.
	 */
	static final int ORDER = PublicPageCache.ORDER + 1;

	static final int RETRY_AFTER_SECONDS = 5;

	private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

	private static final Logger logger = LoggerFactory.getLogger(AdmissionFilter.class);

	private final Semaphore turns;

	private final Semaphore turnsWithSession;

	private final long maxWaitNanos;

	private final UnavailableAnswer unavailable;

	private final Counter turnedAway;

	private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());

	AdmissionFilter(PortalProperties properties, UnavailableAnswer unavailable, MeterRegistry meters) {
		this.turns = new Semaphore(properties.admission().maxConcurrentRequests(), true);
		this.turnsWithSession = new Semaphore(properties.admission().maxConcurrentRequests(), true);
		this.maxWaitNanos = properties.admission().maxWait().toNanos();
		this.unavailable = unavailable;
		this.turnedAway = Counter.builder("portal.requests.turned.away")
			.description("Requests answered 503 because the portal was busy with as many as it works on at once")
			.register(meters);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator/health")
				|| SessionlessStaticResourcesFilter.STATIC_RESOURCES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean following = WebUtils.getCookie(request, "SESSION") != null
				|| VisitorFlashMapManager.bringsFlash(request);
		Semaphore line = following ? this.turnsWithSession : this.turns;
		if (!waitForTurn(line)) {
			this.turnedAway.increment();
			warnAtMostOnceAMinute();
			this.unavailable.send(request, response, RETRY_AFTER_SECONDS);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			line.release();
		}
	}

	/**
	 * One line a minute while requests are turned away, not one per request: a burst
	 * would otherwise flood the log it is read in.
	 */
	private void warnAtMostOnceAMinute() {
		long now = System.nanoTime();
		long next = this.nextWarning.get();
		if (now - next >= 0 && this.nextWarning.compareAndSet(next, now + WARNING_INTERVAL_NANOS)) {
			logger.warn("Busy: requests answered 503 after waiting their turn; {} since the portal started",
					(long) this.turnedAway.count());
		}
	}

	private boolean waitForTurn(Semaphore line) {
		try {
			return line.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
