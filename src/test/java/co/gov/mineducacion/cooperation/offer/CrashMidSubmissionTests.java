package co.gov.mineducacion.cooperation.offer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import co.gov.mineducacion.cooperation.test.DisposablePostgres;
import co.gov.mineducacion.cooperation.test.PortalProcess;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import co.gov.mineducacion.cooperation.test.WebVisitor.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferPages.trackingCode;
import static co.gov.mineducacion.cooperation.offer.OfferPages.typedInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's process is killed ({@code SIGKILL}) while offers are half-way through
 * their transaction: their offer rows, documents and history are written, their
 * confirmation email not yet. After a restart none of them is visible, the offers filed
 * before are whole, and the interrupted ones are filed once each when their senders try
 * again (the session, the CSRF token and the chosen documents survive in PostgreSQL).
 * <p>
 * The test holds a lock on the outbox table, so the interrupted transactions are caught
 * at a known step instead of by chance.
 */
class CrashMidSubmissionTests {

	private static final int BEFORE = 3;

	private static final int INTERRUPTED = 3;

	private static DisposablePostgres database;

	private static PortalProcess portal;

	@BeforeAll
	static void startThePortalInAProcessOfItsOwn() {
		database = DisposablePostgres.start();
		portal = PortalProcess.start(database, "crash-mid-submission", "--portal.offers.submissions-per-hour=100");
	}

	@AfterAll
	static void stopEverything() throws InterruptedException {
		if (portal != null) {
			portal.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void offersInterruptedByACrashLeaveNothingHalfSavedAndAreFiledOnceWhenSentAgain() throws Exception {
		List<String> filedBefore = new ArrayList<>();
		for (int i = 0; i < BEFORE; i++) {
			filedBefore.add(Submission.reviewed(portal.baseUrl()).file());
		}

		List<Submission> interrupted = new ArrayList<>();
		int caughtWriting;
		ExecutorService senders = Executors.newFixedThreadPool(INTERRUPTED);
		try (Connection lock = database.connect()) {
			lock.setAutoCommit(false);
			execute(lock, "LOCK TABLE portal.outbox_message IN EXCLUSIVE MODE");
			for (int i = 0; i < INTERRUPTED; i++) {
				Submission submission = Submission.reviewed(portal.baseUrl());
				interrupted.add(submission);
				senders.execute(submission::confirmIgnoringTheCrash);
			}
			await().atMost(Duration.ofMinutes(1)).until(() -> transactionsWaitingToQueueAnEmail() == INTERRUPTED);
			caughtWriting = transactionsWaitingToQueueAnEmail();
			portal.kill();
			lock.rollback();
		}
		senders.shutdownNow();
		await().atMost(Duration.ofMinutes(1)).until(() -> otherConnections() == 0);

		Map<String, Completeness> stored = storedOffers();
		assertThat(stored).as("offers visible after the crash").containsOnlyKeys(filedBefore);
		assertThat(stored.values()).allSatisfy(Completeness::assertWhole);
		for (Submission submission : interrupted) {
			assertThat(count("SELECT count(*) FROM portal.offer WHERE form_token = '" + submission.formToken() + "'"))
				.isZero();
			assertThat(count(
					"SELECT count(*) FROM portal.staged_upload WHERE form_token = '" + submission.formToken() + "'"))
				.as("the document chosen for an interrupted offer is still held")
				.isEqualTo(1);
		}

		portal.start();
		List<String> filedAfter = new ArrayList<>();
		for (Submission submission : interrupted) {
			filedAfter.add(submission.fileAgain());
		}
		Map<String, Completeness> all = storedOffers();
		assertThat(all).containsOnlyKeys(concat(filedBefore, filedAfter));
		assertThat(all.values()).allSatisfy(Completeness::assertWhole);

		System.out
			.printf("[figures] crash mid-request: process killed with %d submissions inside their transaction (rows"
					+ " written, email not yet queued); after restart 0 half-saved offers visible, %d earlier offers"
					+ " whole, the %d interrupted ones filed once each when sent again (%d offers in all)%n",
					caughtWriting, filedBefore.size(), filedAfter.size(), all.size());
	}

	/**
	 * Read on a connection of its own: within a transaction, PostgreSQL shows the same
	 * snapshot of its activity every time.
	 */
	private static int transactionsWaitingToQueueAnEmail() throws SQLException {
		return count("""
				SELECT count(*) FROM pg_stat_activity
				WHERE wait_event_type = 'Lock' AND backend_xid IS NOT NULL
				AND query ILIKE 'insert into %outbox_message%'""");
	}

	private static int otherConnections() throws SQLException {
		return count("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
				+ " AND pid <> pg_backend_pid()");
	}

	private static Map<String, Completeness> storedOffers() throws SQLException {
		Map<String, Completeness> offers = new HashMap<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT o.tracking_code,
						  (SELECT count(*) FROM portal.personal_data_consent c WHERE c.offer_id = o.id),
						  (SELECT count(*) FROM portal.offer_event e WHERE e.offer_id = o.id),
						  (SELECT count(*) FROM portal.offer_action_type t WHERE t.offer_id = o.id),
						  (SELECT count(*) FROM portal.offer_attachment a WHERE a.offer_id = o.id),
						  (SELECT count(*) FROM portal.outbox_message m WHERE m.recipient = o.contact_email)
						FROM portal.offer o""")) {
			while (rows.next()) {
				offers.put(rows.getString(1), new Completeness(rows.getString(1), rows.getInt(2), rows.getInt(3),
						rows.getInt(4), rows.getInt(5), rows.getInt(6)));
			}
		}
		return offers;
	}

	private static int count(String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * What one stored offer has: its authorisation, history, ways to cooperate, document
	 * and confirmation email.
	 */
	record Completeness(String trackingCode, int consents, int events, int actionTypes, int attachments, int emails) {

		void assertWhole() {
			assertThat(this).as(this.trackingCode)
				.extracting(Completeness::consents, Completeness::actionTypes, Completeness::attachments,
						Completeness::emails)
				.containsExactly(1, 2, 1, 1);
			assertThat(this.events).as(this.trackingCode + " history").isPositive();
		}

	}

	/**
	 * One person's offer with a document, reviewed and ready to confirm.
	 */
	static final class Submission {

		private final WebVisitor visitor;

		private final Map<String, List<String>> typed;

		private Submission(WebVisitor visitor, Map<String, List<String>> typed) {
			this.visitor = visitor;
			this.typed = typed;
		}

		static Submission reviewed(String base) throws IOException, InterruptedException {
			WebVisitor visitor = new WebVisitor(base);
			Map<String, List<String>> typed = typedInto(visitor.get("/offers/new"), uniqueEmail());
			Map<String, List<String>> review = new LinkedHashMap<>(typed);
			review.put("step", List.of("review"));
			Page page = visitor.postMultipart("/offers", review, "attachments", "propuesta.pdf", "application/pdf",
					Documents.pdf());
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("propuesta.pdf");
			return new Submission(visitor, typed);
		}

		String formToken() {
			return this.typed.get("formToken").get(0);
		}

		String file() throws IOException, InterruptedException {
			Page answer = this.visitor.post("/offers", this.typed);
			assertThat(answer.status()).as("answer to the confirmation").isEqualTo(303);
			return trackingCode(this.visitor.get(answer.location())).orElseThrow();
		}

		/**
		 * Sent again after the restart, with the same session, token and form, as a
		 * person reloading the page would.
		 */
		String fileAgain() throws IOException, InterruptedException {
			return file();
		}

		void confirmIgnoringTheCrash() {
			try {
				this.visitor.post("/offers", this.typed);
			}
			catch (IOException ex) {
				// The process died with the request in flight: no answer ever comes.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
