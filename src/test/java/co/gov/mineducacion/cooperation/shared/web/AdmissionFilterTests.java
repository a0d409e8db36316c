package co.gov.mineducacion.cooperation.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.test.PortalTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal works on a bounded number of requests at once: one more waits its turn for
 * {@code portal.admission.max-wait}, then gets 503 with {@code Retry-After} (an offer
 * form with what was typed); visitors with a session take turns in a line of their own,
 * and files and the health probe are never held back.
 */
@PortalTest
class AdmissionFilterTests {

	@Autowired
	UnavailableAnswer unavailable;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Test
	void aRequestThatFindsEveryTurnTakenWaitsThenGetsTheFormBackWith503() throws Exception {
		this.mvc.perform(get("/offers/new"));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		AdmissionFilter filter = new AdmissionFilter(admission(1, "300ms"), this.unavailable, meters);
		HeldTurn first = HeldTurn.take(filter, request("POST", "/offers"), 303);

		MockHttpServletRequest offer = request("POST", "/offers");
		offer.setParameter("title", "Bibliotecas rurales en espera");
		offer.setParameter("_csrf", "token-del-visitante");
		long started = System.nanoTime();
		MockHttpServletResponse busy = send(filter, offer, (request, response) -> {
			throw new AssertionError("the second request must not reach the portal");
		});
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(busy.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(busy.getContentAsString()).contains("Bibliotecas rurales en espera", "token-del-visitante");
		assertThat(waited).as("waited its turn").isGreaterThanOrEqualTo(250);
		assertThat(meters.counter("portal.requests.turned.away").count()).isEqualTo(1);

		MockHttpServletRequest staff = request("GET", "/admin");
		staff.setCookies(new Cookie("SESSION", "c2Vzc2lvbg"));
		assertThat(send(filter, staff, ok()).getStatus()).as("a visitor with a session, in the other line")
			.isEqualTo(200);
		MockHttpServletRequest confirmation = request("GET", "/offers/submitted");
		confirmation.setCookies(new Cookie(VisitorFlashMapManager.COOKIE, "ZmxvdHM.c2lnbmVk"));
		assertThat(send(filter, confirmation, ok()).getStatus())
			.as("the confirmation of a filed offer, in the other line")
			.isEqualTo(200);
		MockHttpServletResponse file = send(filter, request("GET", "/css/portal.css"), ok());
		MockHttpServletResponse probe = send(filter, request("GET", "/actuator/health/readiness"), ok());
		assertThat(file.getStatus()).as("a file is never held back").isEqualTo(200);
		assertThat(probe.getStatus()).as("the health probe is never held back").isEqualTo(200);

		assertThat(first.giveBack().getStatus()).isEqualTo(303);
		assertThat(send(filter, request("GET", "/contact"), ok()).getStatus()).as("the turn given back").isEqualTo(200);
	}

	@Test
	void aGeneralPageAnswersOtherRequests() throws Exception {
		AdmissionFilter filter = new AdmissionFilter(admission(1, "10ms"), this.unavailable, new SimpleMeterRegistry());
		HeldTurn first = HeldTurn.take(filter, request("GET", "/activities"), 200);

		MockHttpServletRequest english = request("GET", "/activities");
		english.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "en");
		MockHttpServletResponse busy = send(filter, english, ok());
		first.giveBack();

		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getContentAsString()).contains("<html lang=\"en\"");
	}

	private static PortalProperties admission(int turns, String maxWait) {
		return new Binder(new MapConfigurationPropertySource(Map.of("portal.admission.max-concurrent-requests",
				String.valueOf(turns), "portal.admission.max-wait", maxWait)))
			.bind("portal", PortalProperties.class)
			.get();
	}

	private MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext(), method, path);
		request.setServletPath(path);
		return request;
	}

	private static FilterChain ok() {
		return (request, response) -> ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
	}

	private static MockHttpServletResponse send(AdmissionFilter filter, MockHttpServletRequest request,
			FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A request that holds its turn until it is given back.
	 */
	private record HeldTurn(CountDownLatch finish, CompletableFuture<MockHttpServletResponse> answer) {

		static HeldTurn take(AdmissionFilter filter, MockHttpServletRequest request, int status)
				throws InterruptedException {
			CountDownLatch working = new CountDownLatch(1);
			CountDownLatch finish = new CountDownLatch(1);
			CompletableFuture<MockHttpServletResponse> answer = CompletableFuture
				.supplyAsync(() -> send(filter, request, (held, response) -> {
					working.countDown();
					await(finish);
					((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
				}));
			assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
			return new HeldTurn(finish, answer);
		}

		MockHttpServletResponse giveBack() throws Exception {
			this.finish.countDown();
			return this.answer.get(10, TimeUnit.SECONDS);
		}

	}

}
