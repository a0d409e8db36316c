package co.gov.mineducacion.cooperation.offer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestDatabaseConfiguration;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WebVisitor;
import co.gov.mineducacion.cooperation.test.WebVisitor.Page;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static co.gov.mineducacion.cooperation.offer.OfferPages.trackingCode;
import static co.gov.mineducacion.cooperation.offer.OfferPages.typedInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two hundred people, each from an address of their own, confirm an offer at the same
 * moment over real HTTP: there are two hundred offers with two hundred distinct filing
 * numbers, and each person gets one confirmation email, once. The portal trusts the
 * {@code X-Forwarded-For} a proxy would add, as it would behind a load balancer, so the
 * per-address submission limit applies unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { PortalTest.SCHEDULING_ON, "server.forward-headers-strategy=native",
				"spring.datasource.hikari.maximum-pool-size=10" })
@Import(TestDatabaseConfiguration.class)
@DirtiesContext
class ConcurrentSubmissionTests {

	private static final int PEOPLE = 200;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoHundredPeopleConfirmingAtOnceGetTwoHundredOffersWithDistinctNumbersAndOneEmailEach() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = "Oferta simultánea " + run;
		List<Person> people = IntStream.range(0, PEOPLE)
			.mapToObj((i) -> new Person(
					new WebVisitor("http://127.0.0.1:" + this.port, "198.18." + (i / 250) + "." + (1 + i % 250)),
					"simultanea-" + run + "-" + i + "@fundacion.example.org"))
			.toList();
		List<Map<String, List<String>>> forms = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Page>> opened = people.stream()
				.map((p) -> threads.submit(() -> p.visitor.get("/offers/new")))
				.toList();
			for (int i = 0; i < PEOPLE; i++) {
				Page form = opened.get(i).get();
				assertThat(form.status()).isEqualTo(200);
				forms.add(typedInto(form, people.get(i).email, "title", title));
			}
		}

		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> outcomes = new ArrayList<>();
		Instant started;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < PEOPLE; i++) {
				Person person = people.get(i);
				Map<String, List<String>> form = forms.get(i);
				outcomes.add(threads.submit(() -> {
					go.await();
					Instant sent = Instant.now();
					Page answer = person.visitor.post("/offers", form);
					Page submitted = (answer.status() == 303) ? person.visitor.get(answer.location()) : answer;
					return new Outcome(answer.status(), trackingCode(submitted).orElse(null),
							Duration.between(sent, Instant.now()));
				}));
			}
			started = Instant.now();
			go.countDown();
		}
		Duration all = Duration.between(started, Instant.now());
		List<Outcome> results = new ArrayList<>();
		for (Future<Outcome> outcome : outcomes) {
			results.add(outcome.get());
		}

		assertThat(results).extracting(Outcome::status).containsOnly(303);
		List<String> codes = results.stream().map(Outcome::trackingCode).toList();
		assertThat(codes).doesNotContainNull().doesNotHaveDuplicates().hasSize(PEOPLE);
		assertThat(this.jdbc.queryForList("SELECT tracking_code FROM offer WHERE title = ?", String.class, title))
			.containsExactlyInAnyOrderElementsOf(codes);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE recipient LIKE ?", Integer.class,
				"simultanea-" + run + "-%"))
			.isEqualTo(PEOPLE);
		await().atMost(Duration.ofMinutes(2)).until(() -> deliveredTo(run).size() == PEOPLE);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> deliveredTo(run).size() == PEOPLE);
		for (Person person : people) {
			assertThat(Emails.textsTo(smtp.getReceivedMessages(), person.email)).as(person.email).hasSize(1);
		}

		List<Long> millis = results.stream().map((r) -> r.elapsed().toMillis()).sorted().toList();
		System.out.printf(
				"[figures] %d concurrent submissions: %d stored, 0 lost, 0 duplicated, %d distinct filing numbers,"
						+ " %d emails each delivered once; all answered in %d ms (per person: median %d ms,"
						+ " 95th percentile %d ms, slowest %d ms)%n",
				PEOPLE, codes.size(), codes.size(), PEOPLE, all.toMillis(), millis.get(PEOPLE / 2),
				millis.get(PEOPLE * 95 / 100 - 1), millis.get(PEOPLE - 1));
	}

	private static List<String> deliveredTo(String run) throws MessagingException {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String recipient = message.getAllRecipients()[0].toString();
			if (recipient.startsWith("simultanea-" + run + "-")) {
				recipients.add(recipient);
			}
		}
		return recipients;
	}

	private record Person(WebVisitor visitor, String email) {
	}

	private record Outcome(int status, String trackingCode, Duration elapsed) {
	}

}
