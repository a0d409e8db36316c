package co.gov.mineducacion.cooperation.staffnotification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.Emails;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import co.gov.mineducacion.cooperation.offer.LegalTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Staff notifications on the whole application and PostgreSQL: what the outbox holds
 * after an offer is assigned or filed, as each member chose (at once, in the daily
 * digest, or not at all) and in the language they chose, the digest sent once however
 * many instances run it, and no email ever carrying the submitter's documents.
 */
@PortalTest
class StaffNotificationsTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final String LEAD = "coordinadora@mineducacion.gov.co";

	@Autowired
	OfferReviewService review;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	LegalTerms terms;

	@Autowired
	StaffDigests digests;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	private OfferRows rows;

	private String email;

	private long staffId;

	@BeforeEach
	void newStaffMember() {
		this.rows = new OfferRows(this.jdbc);
		this.email = "avisos-" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.staffId = this.rows.staff(this.email, "Marta Gómez");
	}

	@Test
	void emailsTheAssigneeAtOnceByDefaultWithALinkToTheReviewPage() {
		String code = this.rows.offer((o) -> o.title("Becas de inglés para docentes"));

		assign(code, this.staffId, LEAD);

		List<Email> emails = emailsTo(this.email);
		assertThat(emails).singleElement().satisfies((email) -> {
			assertThat(email.subject()).isEqualTo("Oferta asignada a usted: " + code);
			assertThat(email.text()).contains("Hola, Marta Gómez:")
				.contains(code + " · Becas de inglés para docentes")
				.contains("http://localhost:8080/admin/offers/" + code)
				.contains("http://localhost:8080/admin/account/notifications");
		});
		assertThat(pendingFor(this.staffId)).isZero();
	}

	@Test
	void tellsNobodyWhoAssignedTheOfferToThemselves() {
		String code = this.rows.offer((o) -> o);

		assign(code, this.staffId, this.email);

		assertThat(emailsTo(this.email)).isEmpty();
	}

	@Test
	void tellsTheAssigneeAtOnceWhenSomeoneElseExtendsTheAnswerTerm() {
		String code = this.rows.offer((o) -> o.title("Laboratorios de ciencias"));
		assign(code, this.staffId, this.email);
		Instant clockStarted = this.jdbc
			.queryForObject("SELECT response_clock_started_at FROM offer WHERE tracking_code = ?", Instant.class, code);
		long version = this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code);

		this.review.extendTerm(code, version, LEAD, this.terms.extensionLimit(clockStarted),
				"Consultamos a la Secretaría de Educación");

		assertThat(emailsTo(this.email)).singleElement()
			.satisfies((email) -> assertThat(email.subject())
				.isEqualTo("Se amplió el plazo de respuesta de una oferta asignada a usted: " + code));
	}

	@Test
	void listsThreePiecesOfNewsInOneDigestEmailOnceADay() {
		choose(StaffNotificationKind.ASSIGNED, NotificationDelivery.DIGEST);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String code = this.rows.offer((o) -> o);
			assign(code, this.staffId, LEAD);
			codes.add(code);
		}
		assertThat(emailsTo(this.email)).isEmpty();
		assertThat(pendingFor(this.staffId)).isEqualTo(3);

		this.digests.sendDue();

		List<Email> emails = emailsTo(this.email);
		assertThat(emails).singleElement().satisfies((email) -> {
			assertThat(email.subject()).isEqualTo("Resumen diario: 3 novedades sobre ofertas");
			assertThat(email.text()).contains(codes.get(0)).contains(codes.get(1)).contains(codes.get(2));
		});
		assertThat(pendingFor(this.staffId)).isZero();

		String later = this.rows.offer((o) -> o);
		assign(later, this.staffId, LEAD);
		this.digests.sendDue();
		assertThat(emailsTo(this.email)).as("one digest a day").hasSize(1);
		assertThat(pendingFor(this.staffId)).as("kept for tomorrow's digest").isEqualTo(1);
	}

	@Test
	void sendsNothingForAKindChosenAsNone() {
		choose(StaffNotificationKind.ASSIGNED, NotificationDelivery.NONE);
		String code = this.rows.offer((o) -> o);

		assign(code, this.staffId, LEAD);
		this.digests.sendDue();

		assertThat(emailsTo(this.email)).isEmpty();
		assertThat(pendingFor(this.staffId)).isZero();
	}

	@Test
	void twoInstancesSendingDigestsAtOnceSendEachMemberOne() throws Exception {
		choose(StaffNotificationKind.ASSIGNED, NotificationDelivery.DIGEST);
		for (int i = 0; i < 3; i++) {
			assign(this.rows.offer((o) -> o), this.staffId, LEAD);
		}
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> runs = List.of(1, 2)
			.stream()
			.map((instance) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.digests.sendDue();
			}))
			.toList();
		start.countDown();
		CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

		assertThat(emailsTo(this.email)).singleElement()
			.satisfies((email) -> assertThat(email.subject()).contains("3 novedades"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_digest WHERE staff_id = ?", Integer.class,
				this.staffId))
			.isEqualTo(1);
	}

	@Test
	void writesInTheLanguageChosenOnTheAccountPage() throws Exception {
		MockHttpServletRequestBuilder choice = post("/admin/account/notifications").param("language", "en")
			.with(SignedIn.staff(this.email))
			.with(csrf());
		for (StaffNotificationKind kind : StaffNotificationKind.values()) {
			choice.param("deliveries[" + kind.name() + "]", kind.byDefault().name());
		}
		this.mvc.perform(choice).andExpect(redirectedUrl("/admin/account/notifications"));
		String code = this.rows.offer((o) -> o);

		assign(code, this.staffId, LEAD);

		assertThat(emailsTo(this.email)).singleElement().satisfies((email) -> {
			assertThat(email.subject()).isEqualTo("Offer assigned to you: " + code);
			assertThat(email.text()).contains("Hello Marta Gómez,").contains("This just happened");
		});
		assertThat(this.jdbc.queryForObject("SELECT language_chosen FROM staff_account WHERE id = ?", Boolean.class,
				this.staffId))
			.isTrue();
	}

	@Test
	void neverAttachesTheSubmittersDocuments() throws Exception {
		String code = this.rows.offer((o) -> o.title("Oferta con documentos"));
		this.jdbc.update("""
				INSERT INTO offer_attachment (public_id, offer_id, file_name, media_type, size_bytes, sha256, content,
				  uploaded_at)
				SELECT gen_random_uuid(), id, 'presupuesto-confidencial.pdf', 'application/pdf', 4, repeat('0', 64),
				  '\\x25504446'::bytea, now() FROM offer WHERE tracking_code = ?""", code);

		assign(code, this.staffId, LEAD);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch((m) -> to(m, this.email)));
		MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> to(m, this.email))
			.findFirst()
			.orElseThrow();
		assertThat(parts(received)).allSatisfy((part) -> {
			assertThat(part.getFileName()).isNull();
			assertThat(part.getDisposition()).isNotEqualToIgnoringCase(Part.ATTACHMENT);
			assertThat(part.getContentType()).matches("(?is)(text/(plain|html)|multipart/).*");
		});
		assertThat(Emails.text(received)).contains(code).doesNotContain("presupuesto-confidencial");
	}

	@Test
	void tellsTheOfficesMailboxAtOnceAndKeepsNewOffersForMembersDigests() throws Exception {
		String mailbox = "buzon-" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		String before = this.jdbc.queryForObject("SELECT institutional_email FROM office_identity", String.class);
		this.jdbc.update("UPDATE office_identity SET institutional_email = ?", mailbox);
		Caches.clearAll(this.caches);
		try {
			String code = fileOffer("Robótica en escuelas rurales");

			assertThat(emailsTo(mailbox)).singleElement().satisfies((email) -> {
				assertThat(email.subject()).isEqualTo("Nueva oferta recibida: " + code);
				assertThat(email.text()).contains("Hola, equipo de la Oficina")
					.contains("http://localhost:8080/admin/offers/" + code);
			});
			assertThat(emailsTo(this.email)).isEmpty();
			assertThat(pendingFor(this.staffId)).isEqualTo(1);
		}
		finally {
			this.jdbc.update("UPDATE office_identity SET institutional_email = ?", before);
			Caches.clearAll(this.caches);
		}
	}

	private String fileOffer(String title) throws Exception {
		MockHttpServletRequestBuilder request = post("/offers").with(csrf()).with(anonymous());
		Map.of("organizationName", "Fundación Avisos " + UUID.randomUUID().toString().substring(0, 6), "sector", "NGO",
				"country", "CO", "contactName", "Ana", "contactEmail",
				"oferente+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "preferredLanguage", "es",
				"title", title, "description", "Descripción de " + title, "actionTypes", "A05", "consent", "true")
			.forEach(request::param);
		return (String) this.mvc.perform(request.with((r) -> {
			r.setRemoteAddr("10.251.0." + (1 + (int) (Math.random() * 250)));
			return r;
		})).andReturn().getFlashMap().get("trackingCode");
	}

	private void assign(String code, long assignee, String actor) {
		long version = this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code);
		this.review.assign(code, version, assignee, actor);
	}

	private void choose(StaffNotificationKind kind, NotificationDelivery delivery) {
		Map<StaffNotificationKind, NotificationDelivery> choice = new EnumMap<>(StaffNotificationKind.class);
		choice.put(kind, delivery);
		this.preferences.save(this.staffId, choice);
	}

	private int pendingFor(long staffId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM pending_staff_notification WHERE staff_id = ?",
				Integer.class, staffId);
	}

	private List<Email> emailsTo(String recipient) {
		return this.jdbc.query("SELECT subject, body_text FROM outbox_message WHERE recipient = ? ORDER BY id",
				(rs, i) -> new Email(rs.getString(1), rs.getString(2)), recipient);
	}

	private static boolean to(MimeMessage message, String recipient) {
		try {
			return message.getAllRecipients()[0].toString().equals(recipient);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static List<Part> parts(Part part) throws Exception {
		List<Part> all = new ArrayList<>(List.of(part));
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				all.addAll(parts(child));
			}
		}
		return all;
	}

	record Email(String subject, String text) {
	}

}
