package co.gov.mineducacion.cooperation.cluster;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.CooperationPortalApplication;
import co.gov.mineducacion.cooperation.offer.Documents;
import co.gov.mineducacion.cooperation.offer.OfferPages;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.staff.EnrolledStaff;
import co.gov.mineducacion.cooperation.test.DisposablePostgres;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.Totp;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import co.gov.mineducacion.cooperation.test.WebVisitor.Page;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal, on two ports, against one fresh PostgreSQL, as behind a
 * load balancer: nothing but the database is shared. A staff member signs in on one and
 * carries on on the other; an offer filed on one is seen on the other; both outbox
 * senders run and every email arrives once; the anonymisation and the deadline reminders
 * fired on both at the same moment do their work once; rate limits add up across them.
 */
class TwoInstancesTests {

	private static final String PASSWORD = "Cafetal-Nevado-2031";

	private static DisposablePostgres database;

	private static GreenMail smtp;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static long started;

	/** Both instances' clock: real time, moved to a business day for the jobs. */
	private static final ShiftedClock clock = new ShiftedClock();

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		started = System.nanoTime();
		database = DisposablePostgres.start();
		smtp = new GreenMail(TestSmtp.SETUP);
		smtp.start();
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> instance("a"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> instance("b"));
		a = first.join();
		b = second.join();
	}

	@AfterAll
	static void stopEverything() {
		System.out.printf(
				"[figures] two instances on one database: both started, all checks done and stopped in %d s%n",
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aStaffMemberSignsInOnOneInstanceAndCarriesOnOnTheOther() throws Exception {
		String email = uniqueEmail();
		String secret = EnrolledStaff.staff(a, email, PASSWORD);
		String code = fileOffer(url(a), uniqueEmail());

		WebVisitor onA = new WebVisitor(url(a));
		signIn(onA, email, secret);
		Page reviewOnA = onA.get("/admin/offers/" + code);
		assertThat(reviewOnA.status()).isEqualTo(200);

		WebVisitor onB = onA.at(url(b));
		Page queueOnB = onB.get("/admin/offers");
		assertThat(queueOnB.status()).as("the queue on B, with A's session").isEqualTo(200);
		assertThat(queueOnB.body()).contains(code);
		Page noted = onB.post("/admin/offers/" + code + "/notes", Map.of("_csrf",
				List.of(reviewOnA.csrfToken().orElseThrow()), "message", List.of("Llamar a la fundación el lunes")));
		assertThat(noted.status()).as("a POST on B with the CSRF token of A's page").isEqualTo(302);
		assertThat(noted.location()).endsWith("/admin/offers/" + code);
		assertThat(onA.get("/admin/offers/" + code).body()).contains("Llamar a la fundación el lunes");
	}

	@Test
	void anOfferFiledOnOneInstanceIsInTheQueueAndTheStatusLookUpOfTheOther() throws Exception {
		String contact = uniqueEmail();
		String code = fileOffer(url(a), contact);

		String staffEmail = uniqueEmail();
		WebVisitor staffOnB = new WebVisitor(url(b));
		signIn(staffOnB, staffEmail, EnrolledStaff.staff(b, staffEmail, PASSWORD));
		assertThat(staffOnB.get("/admin/offers").body()).contains(code);

		WebVisitor submitterOnB = new WebVisitor(url(b));
		Page lookup = submitterOnB.get("/offers/status");
		Page found = submitterOnB.post("/offers/status", Map.of("_csrf", List.of(lookup.csrfToken().orElseThrow()),
				"trackingCode", List.of(code), "email", List.of(contact)));
		assertThat(found.status()).isEqualTo(302);
		assertThat(submitterOnB.get(found.location()).body()).contains(code);
	}

	@Test
	void withBothOutboxSendersRunningEachEmailArrivesOnce() throws Exception {
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String contact = uniqueEmail();
			fileOffer(url((i % 2 == 0) ? a : b), contact);
			contacts.add(contact);
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> contacts.stream().allMatch((c) -> received(c) >= 1));
		// A few more polls of both senders: nothing arrives twice.
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> contacts.stream().allMatch((c) -> received(c) == 1));
		assertThat(jdbc().queryForList("SELECT attempts FROM outbox_message WHERE recipient IN (?, ?, ?, ?, ?, ?)",
				Integer.class, contacts.toArray()))
			.hasSize(6)
			.containsOnly(1);
	}

	@Test
	void theAnonymisationAndTheDeadlineRemindersFiredOnBothInstancesTogetherRunOnce() throws Exception {
		LocalDate today = nextBusinessDay();
		clock.shiftTo(today);
		OfferRows rows = new OfferRows(jdbc());
		List<String> closedLongAgo = rows.offers(3, (o) -> o.status("DECLINED"));
		jdbc().update("UPDATE offer SET updated_at = now() - interval '3 years' WHERE tracking_code IN (?, ?, ?)",
				closedLongAgo.toArray());
		String staffEmail = uniqueEmail();
		long staffId = rows.staff(staffEmail, "Lucía Pardo");
		// Started 14 business days ago: one business day left.
		LocalDate clockStarted = new BusinessCalendar().plusBusinessDays(today, -14);
		rows.offer((o) -> o.clockStartedOn(clockStarted).assignee(staffId));
		rows.offer((o) -> o.clockStartedOn(clockStarted).assignee(staffId));

		try {
			fireOnBothAtOnce("applyRetentionNightly");
			fireOnBothAtOnce("everyBusinessMorning");
		}
		finally {
			clock.shiftTo(LocalDate.now(Colombia.TIME_ZONE));
		}

		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM offer WHERE contact_data_anonymised_at IS NOT NULL AND tracking_code IN (?, ?, ?)",
				Integer.class, closedLongAgo.toArray()))
			.isEqualTo(3);
		assertThat(jdbc().queryForList(
				"SELECT details FROM audit_entry WHERE action = 'dataprotection.retention.applied'", String.class))
			.singleElement()
			.satisfies((details) -> assertThat(details).startsWith("3 offers"));
		assertThat(jdbc().queryForObject("SELECT count(*) FROM outbox_message WHERE recipient = ?", Integer.class,
				staffEmail))
			.as("one reminder listing both offers")
			.isEqualTo(1);
	}

	@Test
	void rateLimitsCountRequestsOnEveryInstance() throws Exception {
		String address = "203.0.113.77";
		WebVisitor onA = new WebVisitor(url(a), address);
		WebVisitor onB = onA.at(url(b));
		List<Integer> answers = new ArrayList<>();
		for (WebVisitor visitor : List.of(onA, onB, onA, onB, onA, onB)) {
			Page lookup = visitor.get("/offers/status");
			answers.add(
					visitor
						.post("/offers/status", Map.of("_csrf", List.of(lookup.csrfToken().orElseThrow()),
								"trackingCode", List.of("CO-2026-ZZZZ-ZZZZ"), "email", List.of("nadie@example.org")))
						.status());
		}
		// portal.offers.status-lookups-per-hour=4, wherever they land
		assertThat(answers).containsExactly(422, 422, 422, 422, 429, 429);
	}

	private static ConfigurableApplicationContext instance(String name) {
		return new SpringApplicationBuilder(CooperationPortalApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("shiftedClock", Clock.class,
					() -> clock, (definition) -> definition.setPrimary(true)))
			.run(Stream.concat(database.portalArguments().stream(),
					Stream.of("--server.port=0", "--spring.application.name=portal-" + name,
							"--portal.offers.submissions-per-hour=100", "--portal.offers.status-lookups-per-hour=4"))
				.toArray(String[]::new));
	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
	}

	private static JdbcTemplate jdbc() {
		return a.getBean(JdbcTemplate.class);
	}

	private static void signIn(WebVisitor visitor, String email, String secret)
			throws IOException, InterruptedException {
		Page form = visitor.get("/login");
		Page password = visitor.post("/login", Map.of("_csrf", List.of(form.csrfToken().orElseThrow()), "username",
				List.of(email), "password", List.of(PASSWORD)));
		assertThat(password.status()).isEqualTo(302);
		Page next = visitor.get(password.location());
		if (next.status() == 302 && next.location().endsWith("/login/code")) {
			// The account has an authenticator app: its code is the second step.
			Page codeForm = visitor.get("/login/code");
			Page signedIn = visitor.post("/login/code", Map.of("_csrf", List.of(codeForm.csrfToken().orElseThrow()),
					"code", List.of(Totp.code(secret, 1))));
			assertThat(signedIn.status()).isEqualTo(302);
			next = visitor.get(signedIn.location());
		}
		assertThat(next.status()).as("the admin area after signing in").isEqualTo(200);
	}

	/**
	 * Files an offer with a document through the public form, as a person does; returns
	 * its filing number.
	 */
	private static String fileOffer(String base, String contact) throws IOException, InterruptedException {
		WebVisitor visitor = new WebVisitor(base);
		Map<String, List<String>> typed = OfferPages.typedInto(visitor.get("/offers/new"), contact);
		Map<String, List<String>> review = new LinkedHashMap<>(typed);
		review.put("step", List.of("review"));
		assertThat(visitor
			.postMultipart("/offers", review, "attachments", "propuesta.pdf", "application/pdf", Documents.pdf())
			.status()).isEqualTo(200);
		Page filed = visitor.post("/offers", typed);
		assertThat(filed.status()).isEqualTo(303);
		return OfferPages.trackingCode(visitor.get(filed.location())).orElseThrow();
	}

	private static int received(String recipient) {
		return (int) java.util.Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return java.util.Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().equals(recipient));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

	/**
	 * Runs the named scheduled job on both instances at the same moment, exactly as each
	 * one's scheduler would (through the beans' proxies, locks included).
	 */
	private static void fireOnBothAtOnce(String method) {
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<?>[] runs = new CompletableFuture<?>[2];
		ConfigurableApplicationContext[] instances = { a, b };
		for (int i = 0; i < 2; i++) {
			Runnable job = scheduledJob(instances[i], method);
			runs[i] = CompletableFuture.runAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				job.run();
			});
		}
		CompletableFuture.allOf(runs).join();
	}

	private static Runnable scheduledJob(ConfigurableApplicationContext instance, String method) {
		return instance.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter((task) -> task.toString().endsWith("." + method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled job " + method))
			.getRunnable();
	}

	/**
	 * The real time, shifted by whole days when a test needs another day.
	 */
	private static final class ShiftedClock extends Clock {

		private volatile Duration shift = Duration.ZERO;

		void shiftTo(LocalDate day) {
			this.shift = Duration.ofDays(day.toEpochDay() - LocalDate.now(Colombia.TIME_ZONE).toEpochDay());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.offset(Clock.system(zone), this.shift);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.shift);
		}

	}

	private static LocalDate nextBusinessDay() {
		BusinessCalendar calendar = new BusinessCalendar();
		LocalDate day = LocalDate.now(Colombia.TIME_ZONE);
		while (!calendar.isBusinessDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
