package co.gov.mineducacion.cooperation.offer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.CooperationPortalApplication;
import co.gov.mineducacion.cooperation.test.Browser;
import co.gov.mineducacion.cooperation.test.BrowserExtension;
import co.gov.mineducacion.cooperation.test.DisposablePostgres;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import co.gov.mineducacion.cooperation.test.WebVisitor.Page;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferPages.trackingCode;
import static co.gov.mineducacion.cooperation.offer.OfferPages.typedInto;
import static co.gov.mineducacion.cooperation.offer.OfferPages.withTokensOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL is killed while visitors are sending offers, and comes back. While it is
 * down, the offer form answers 503 with what was typed (checked in Chromium too, with
 * axe-core) and other pages say to try again in a moment; once it is back, the portal
 * recovers without a restart; every offer that got a filing number is stored once, and
 * there are as many offers as filing numbers given.
 * <p>
 * The portal runs here in a context of its own on a PostgreSQL this test owns
 * ({@link DisposablePostgres}), waiting at most a second for a connection, so that the
 * rest of the test suite never sees the outage.
 */
@ExtendWith(BrowserExtension.class)
class DatabaseRestartTests {

	private static final int VISITORS = 4;

	private static final int OFFERS_PER_PHASE = 8;

	private static DisposablePostgres database;

	private static GreenMail smtp;

	private static ConfigurableApplicationContext portal;

	private static Browser browser;

	private static String base;

	@BeforeAll
	static void startThePortalOnADatabaseOfItsOwn(Browser chromium) {
		database = DisposablePostgres.start();
		smtp = new GreenMail(TestSmtp.SETUP);
		smtp.start();
		portal = new SpringApplicationBuilder(CooperationPortalApplication.class)
			.run(Stream.concat(database.portalArguments().stream(),
					Stream.of("--server.port=0", "--spring.datasource.hikari.connection-timeout=1000",
							"--spring.datasource.hikari.validation-timeout=500",
							"--spring.datasource.hikari.maximum-pool-size=5",
							"--portal.offers.submissions-per-hour=100000"))
				.toArray(String[]::new));
		base = "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
		browser = chromium;
	}

	@AfterAll
	static void stopEverything() {
		if (portal != null) {
			portal.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void everyOfferGivenAFilingNumberAcrossARestartIsStoredOnceAndTheFormKeepsWhatWasTyped() throws Exception {
		Visitors visitors = new Visitors(base);
		ExecutorService threads = Executors.newFixedThreadPool(VISITORS);
		for (int i = 0; i < VISITORS; i++) {
			threads.execute(visitors::keepSendingOffers);
		}
		visitors.await().until(() -> visitors.filed.size() >= OFFERS_PER_PHASE);

		WebVisitor late = new WebVisitor(base);
		String email = uniqueEmail();
		Map<String, List<String>> typed = typedInto(late.get("/offers/new"), email, "title",
				"Aulas abiertas para escuelas rurales", "description", "Bibliotecas moviles en 40 municipios");

		com.microsoft.playwright.Page person = browser.newPage("es-CO");
		String personEmail = uniqueEmail();
		fillTheFormIn(person, personEmail);

		int filedBeforeKill = visitors.filed.size();
		database.stopAbruptly();
		Instant stopped = Instant.now();
		Page unavailable = late.post("/offers", typed);
		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(unavailable.retryAfter()).isEqualTo("30");
		assertKeepsWhatWasTyped(unavailable, typed);
		assertThat(unavailable.body()).contains("No pudimos recibir la oferta en este momento", "vuelva a elegirlo");
		visitors.await().until(() -> visitors.unavailable.get() >= VISITORS);
		seesTheFormAgainWithWhatWasTyped(person, personEmail);
		seesTheGeneralPageElsewhere();

		database.restart();
		Instant restarted = Instant.now();
		int filedBeforeRecovery = visitors.filed.size();
		String lateCode = await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(200))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> Visitors.confirm(late, withTokensOf(unavailable, typed), visitors.unavailable),
					Objects::nonNull);
		String personFormToken = person.locator("#formToken").inputValue();
		String personCode = sendsItOnceTheDatabaseIsBack(person);
		visitors.await().until(() -> visitors.filed.size() >= filedBeforeRecovery + OFFERS_PER_PHASE);
		visitors.running.set(false);
		threads.shutdown();
		assertThat(threads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

		assertThat(visitors.unexpected).as("answers other than 200, 303 and 503").isEmpty();
		Map<String, String> filed = new HashMap<>(visitors.filed);
		filed.put(typed.get("formToken").get(0), lateCode);
		filed.put(personFormToken, personCode);
		assertThat(filed.values()).doesNotHaveDuplicates();
		Map<String, Integer> stored = storedOffersByFilingNumber();
		assertThat(stored).as("offers stored, by filing number")
			.containsOnlyKeys(filed.values())
			.allSatisfy((code, copies) -> assertThat(copies).as(code).isEqualTo(1));
		Set<String> queued = queuedRecipients();
		assertThat(count("SELECT count(*) FROM portal.outbox_message")).as("confirmation emails queued")
			.isEqualTo(filed.size())
			.isEqualTo(queued.size());
		awaitEveryConfirmationDelivered(queued);

		System.out.printf(
				"[figures] database restart: %d visitors, %d offers given a filing number (%d before the kill, %d after"
						+ " it), %d answers 503 while down, database down %d ms, first offer filed %d ms after it was"
						+ " back; stored %d, lost 0, duplicated 0; emails delivered %d (%d more than once)%n",
				VISITORS + 2, filed.size(), filedBeforeKill, filed.size() - filedBeforeKill, visitors.unavailable.get(),
				Duration.between(stopped, restarted).toMillis(),
				Duration.between(restarted, visitors.firstFiledAfter(restarted)).toMillis(), stored.size(),
				queued.size(), messagesTo(queued) - queued.size());
	}

	private static void fillTheFormIn(com.microsoft.playwright.Page person, String email) {
		person.navigate(base + "/offers/new");
		person.getByLabel("Nombre de la organización").fill("Fundación Horizonte Educativo");
		person.getByLabel("Tipo de organización").selectOption("NGO");
		person.getByLabel("Nombre completo").fill("Ana María Restrepo");
		person.getByLabel("Correo electrónico").fill(email);
		person.getByLabel("Título de la oferta").fill("Bibliotecas escolares en La Guajira");
		person.getByLabel("Descripción").fill("Dotación y formación de bibliotecarios en 30 sedes rurales.");
		person.getByLabel("A05 · Programas de formación para estudiantes").check();
		person.getByLabel("Autorizo al Ministerio").check();
	}

	private static void seesTheFormAgainWithWhatWasTyped(com.microsoft.playwright.Page person, String email) {
		person.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Revisar la oferta")).click();
		PlaywrightAssertions.assertThat(person.getByRole(AriaRole.ALERT))
			.containsText("No pudimos recibir la oferta en este momento");
		PlaywrightAssertions.assertThat(person.getByLabel("Correo electrónico")).hasValue(email);
		PlaywrightAssertions.assertThat(person.getByLabel("Título de la oferta"))
			.hasValue("Bibliotecas escolares en La Guajira");
		PlaywrightAssertions.assertThat(person.getByLabel("Tipo de organización")).hasValue("NGO");
		PlaywrightAssertions.assertThat(person.getByLabel("A05 · Programas de formación para estudiantes")).isChecked();
		assertThat(
				person.evaluate("() => document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"))
			.as("the page keeps its styles: stylesheets never need the session")
			.isEqualTo(true);
		Browser.assertAccessible(person);
		Browser.screenshot(person, "offer-form-database-unavailable-es");
	}

	private static void seesTheGeneralPageElsewhere() {
		for (String language : List.of("es", "en")) {
			com.microsoft.playwright.Page page = browser.newPage(language);
			// The catalogue pages are served from memory during an outage; the activities
			// need the database.
			Response response = page.navigate(base + "/activities");
			assertThat(response.status()).isEqualTo(503);
			assertThat(response.headers()).containsEntry("retry-after", "30");
			PlaywrightAssertions.assertThat(page.locator("h1"))
				.hasText(language.equals("es") ? "El portal no está disponible en este momento"
						: "The portal is unavailable right now");
			Browser.assertAccessible(page);
			Browser.screenshot(page, "database-unavailable-" + language);
			page.context().close();
		}
	}

	private static String sendsItOnceTheDatabaseIsBack(com.microsoft.playwright.Page person) {
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> {
			person.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Revisar la oferta")).click();
			return person.locator("h1").textContent().contains("Revise su oferta");
		});
		person.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Enviar la oferta")).click();
		String code = person.locator(".tracking-code").textContent().strip();
		person.context().close();
		return code;
	}

	private static void assertKeepsWhatWasTyped(Page page, Map<String, List<String>> typed) {
		assertThat(page.formToken()).contains(typed.get("formToken").get(0));
		assertThat(page.csrfToken()).contains(typed.get("_csrf").get(0));
		// Read as a browser shows it: th:field writes accented letters as HTML entities.
		assertThat(HtmlUtils.htmlUnescape(page.body())).contains("value=\"" + typed.get("contactEmail").get(0) + "\"",
				"value=\"" + typed.get("title").get(0) + "\"", ">" + typed.get("description").get(0) + "</textarea>",
				"value=\"899999001-7\"", "value=\"+57 601 555 1234\"", "value=\"2027-02-01\"");
		assertThat(page.body()).containsPattern("value=\"A05\" id=\"actionTypes\\d+\" name=\"actionTypes\" checked")
			.containsPattern("value=\"68\" id=\"departments\\d+\" name=\"departments\" checked")
			.containsPattern("<option value=\"TECHNICAL\" selected=\"selected\"");
	}

	private static Map<String, Integer> storedOffersByFilingNumber() throws SQLException {
		Map<String, Integer> stored = new HashMap<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT tracking_code, count(*) FROM portal.offer GROUP BY tracking_code")) {
			while (rows.next()) {
				stored.put(rows.getString(1), rows.getInt(2));
			}
		}
		return stored;
	}

	private static int count(String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * Waits for every email this portal queued to reach the SMTP server. Only these
	 * count: the test JVM's other portals (cached test contexts, whose outboxes keep
	 * polling the shared test database) send to the same port, so a late retry of theirs
	 * can land here too; counting every recipient made the wait miss its mark once (CI,
	 * 2026-12-03). On a time-out it fails with what the outbox holds and where its sender
	 * stands.
	 */
	private static void awaitEveryConfirmationDelivered(Set<String> queued) throws SQLException {
		try {
			await().atMost(Duration.ofMinutes(2)).until(() -> deliveredRecipients().containsAll(queued));
		}
		catch (ConditionTimeoutException ex) {
			StringBuilder state = new StringBuilder("outbox by status and attempts: ");
			try (Connection connection = database.connect();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT status, attempts, count(*), max(next_attempt_at)"
							+ " FROM portal.outbox_message GROUP BY status, attempts ORDER BY status, attempts")) {
				while (rows.next()) {
					state.append(String.format("%s×%d attempts: %d (next %s); ", rows.getString(1), rows.getInt(2),
							rows.getInt(3), rows.getString(4)));
				}
			}
			Thread.getAllStackTraces().forEach((thread, frames) -> {
				if (thread.getName().startsWith("scheduling")) {
					state.append('\n').append(thread).append(' ').append(thread.getState());
					Stream.of(frames).forEach((frame) -> state.append("\n\tat ").append(frame));
				}
			});
			throw new AssertionError("Not every confirmation was delivered within 2 minutes; " + state, ex);
		}
	}

	private static Set<String> queuedRecipients() throws SQLException {
		Set<String> recipients = new HashSet<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT recipient FROM portal.outbox_message")) {
			while (rows.next()) {
				recipients.add(rows.getString(1));
			}
		}
		return recipients;
	}

	private static Set<String> deliveredRecipients() throws MessagingException {
		Set<String> recipients = new HashSet<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			recipients.add(message.getAllRecipients()[0].toString());
		}
		return recipients;
	}

	private static long messagesTo(Set<String> recipients) throws MessagingException {
		long messages = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (recipients.contains(message.getAllRecipients()[0].toString())) {
				messages++;
			}
		}
		return messages;
	}

	/**
	 * Visitors who each send one offer after another, as people would: open the form,
	 * confirm it, and when the portal says to try again in a moment, send the same form
	 * again until they read their filing number.
	 */
	static final class Visitors {

		final String base;

		final AtomicBoolean running = new AtomicBoolean(true);

		final Map<String, String> filed = new ConcurrentHashMap<>();

		final Map<String, Instant> filedAt = new ConcurrentHashMap<>();

		final AtomicInteger unavailable = new AtomicInteger();

		final List<String> unexpected = new CopyOnWriteArrayList<>();

		Visitors(String base) {
			this.base = base;
		}

		void keepSendingOffers() {
			while (this.running.get()) {
				try {
					sendOneOffer();
				}
				catch (Throwable ex) {
					this.unexpected.add(ex.toString());
					return;
				}
			}
		}

		/**
		 * Waits for the visitors, failing at once when one of them met an unexpected
		 * answer.
		 */
		ConditionFactory await() {
			return Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.failFast("a visitor met an unexpected answer",
						() -> assertThat(this.unexpected).as("unexpected answers").isEmpty());
		}

		Instant firstFiledAfter(Instant moment) {
			return this.filedAt.values()
				.stream()
				.filter((at) -> at.isAfter(moment))
				.min(Instant::compareTo)
				.orElseThrow();
		}

		private void sendOneOffer() {
			WebVisitor visitor = new WebVisitor(this.base);
			Page form = await().atMost(Duration.ofMinutes(2))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> {
					Page page = visitor.get("/offers/new");
					if (expected(page, 200, 503) == 503) {
						this.unavailable.incrementAndGet();
					}
					return page;
				}, (page) -> page.status() == 200);
			Map<String, List<String>> typed = typedInto(form, uniqueEmail());
			String code = await().atMost(Duration.ofMinutes(2))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(200))
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> confirm(visitor, typed, this.unavailable), Objects::nonNull);
			this.filed.put(typed.get("formToken").get(0), code);
			this.filedAt.put(code, Instant.now());
		}

		/**
		 * Confirms the typed offer once: its filing number, or {@code null} when the
		 * portal answered 503 (the form then came back with what was typed).
		 */
		static String confirm(WebVisitor visitor, Map<String, List<String>> typed, AtomicInteger unavailable)
				throws IOException, InterruptedException {
			Page answer = visitor.post("/offers", typed);
			if (expected(answer, 303, 503) == 503) {
				unavailable.incrementAndGet();
				assertKeepsWhatWasTyped(answer, typed);
				return null;
			}
			Page submitted = visitor.get(answer.location());
			if (expected(submitted, 200, 503) == 503) {
				// The number is shown again when the same form is sent again.
				unavailable.incrementAndGet();
				return null;
			}
			return trackingCode(submitted).orElse(null);
		}

		private static int expected(Page page, int... statuses) {
			for (int status : statuses) {
				if (page.status() == status) {
					return status;
				}
			}
			throw new AssertionError("Unexpected answer " + page.status() + ": "
					+ page.body().substring(0, Math.min(page.body().length(), 2000)));
		}

	}

}
