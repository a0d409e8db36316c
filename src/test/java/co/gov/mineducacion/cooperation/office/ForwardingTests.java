package co.gov.mineducacion.cooperation.office;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.gov.mineducacion.cooperation.offer.ForwardingRequest;
import co.gov.mineducacion.cooperation.offer.IllegalOfferTransitionException;
import co.gov.mineducacion.cooperation.offer.OfferForwardingService;
import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forwarding an offer to the competent entity (Ley 1755 de 2015, art. 21) within five
 * business days, across San José and Holy Week 2027 (22, 25 and 26 March are holidays):
 * an offer received on Friday 19 March 2027 is to be forwarded by Wednesday 31 March.
 */
@PortalTest
@WithStaff
@Import(MutableClock.Configuration.class)
class ForwardingTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	private static final LocalDate RECEIVED = LocalDate.of(2027, 3, 19);

	private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

	private static final String ENTITY = "Ministerio de Salud y Protección Social";

	private static final String MESSAGE = "Su oferta trata de salud pública; la atiende el Ministerio de Salud.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	OfferForwardingService forwarding;

	private OfferRows rows;

	private OfficeFixtures fixtures;

	@BeforeEach
	void rows() {
		this.rows = new OfferRows(this.jdbc);
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
	}

	@Test
	void forwardsOnTheFifthBusinessDayAfterHolyWeekAndEmailsTheSubmitterAndTheEntity() throws Exception {
		this.clock.setDay(RECEIVED);
		String code = this.fixtures.fileOffer("Brigadas de salud escolar");
		String entityEmail = entityEmail();
		this.clock.setDay(DUE);
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Remitir por competencia a más tardar el 2027-03-31"),
					containsString("El término para remitir vence el 2027-03-31"),
					not(containsString("id=\"forwarding-late\"")))));

		this.mvc.perform(forward(code, ENTITY, entityEmail, MESSAGE, false))
			.andExpect(redirectedUrl("/admin/offers/" + code))
			.andExpect(flash().attribute("notice", "office.forwarding.done"));

		assertThat(this.fixtures.statusOf(code)).isEqualTo("FORWARDED");
		assertThat(this.jdbc.queryForObject(
				"SELECT forwarded_late FROM offer WHERE tracking_code = ? AND response_clock_started_at IS NULL",
				Boolean.class, code))
			.isFalse();
		assertThat(this.fixtures.eventsOf(code, "FORWARDED")).isEqualTo(1);
		assertThat(this.fixtures.audit(code))
			.containsExactly("offer.forwarded | RECEIVED → FORWARDED · to " + ENTITY + " · late=false");

		Map<String, Object> toSubmitter = lastEmailTo(this.fixtures.emailOf(code));
		assertThat(toSubmitter.get("subject")).isEqualTo("Su oferta " + code + " se remitió a la entidad competente");
		assertThat((String) toSubmitter.get("body_text")).contains(ENTITY)
			.contains(entityEmail)
			.contains(MESSAGE)
			.contains("no es competente")
			.contains("artículo 21 de la Ley 1755 de 2015")
			.contains("/offers/status/");
		Map<String, Object> toEntity = lastEmailTo(entityEmail);
		assertThat(toEntity.get("subject")).isEqualTo("Remisión por competencia de la oferta de cooperación " + code);
		assertThat((String) toEntity.get("body_text")).contains("Número de radicado: " + code)
			.contains("Título de la oferta: Brigadas de salud escolar")
			.contains("Descripción: Descripción de Brigadas de salud escolar")
			.contains("Formas de cooperación: A05 · ")
			.contains("Correo electrónico: " + this.fixtures.emailOf(code))
			.contains("artículo 21 de la Ley 1755 de 2015")
			.doesNotContain(MESSAGE)
			.doesNotContain("documentos");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Remitida por competencia a " + ENTITY),
					not(containsString("action=\"/admin/offers/" + code + "/forward\"")))));
	}

	@Test
	void forwardsAfterTheTermWithAWarningAndRecordsItLateSendingTheDocumentsWhenTicked() throws Exception {
		this.clock.setDay(RECEIVED);
		String code = this.fixtures.fileOffer("Dotación de laboratorios");
		attachDocument(code, "propuesta-técnica.pdf", 4);
		String entityEmail = entityEmail();
		this.clock.setDay(DUE.plusDays(1));
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("id=\"forwarding-late\""),
					containsString("El término para remitir venció el 2027-03-31"))));

		this.mvc.perform(forward(code, ENTITY, entityEmail, MESSAGE, true))
			.andExpect(flash().attribute("notice", "office.forwarding.doneLate"));

		assertThat(this.fixtures.audit(code)).containsExactly(
				"offer.forwarded | RECEIVED → FORWARDED · to " + ENTITY + " · late=true · documents attached");
		assertThat(this.jdbc.queryForObject("SELECT forwarded_late FROM offer WHERE tracking_code = ?", Boolean.class,
				code))
			.isTrue();
		assertThat((String) lastEmailTo(entityEmail).get("body_text"))
			.contains("Se adjuntan a este correo los documentos con los que llegó la oferta:")
			.contains("- propuesta-técnica.pdf");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(containsString("· fuera del término legal · se enviaron los documentos")));

		MimeMessage delivered = OfficeFixtures.awaitEmail(smtp, entityEmail, 1);
		MimeMultipart parts = (MimeMultipart) delivered.getContent();
		BodyPart document = parts.getBodyPart(parts.getCount() - 1);
		assertThat(MimeUtility.decodeText(document.getFileName())).isEqualTo("propuesta-técnica.pdf");
		assertThat(document.getContentType()).startsWith("application/pdf");
		assertThat(document.getInputStream().readAllBytes()).isEqualTo(new byte[] { 0x25, 0x50, 0x44, 0x46 });
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(attachmentsTo(entityEmail))
				.as("the outbox forgets the files once the email is sent")
				.isZero());
	}

	@Test
	void namesTheDocumentsWithoutSendingThemWhenNotTicked() throws Exception {
		this.clock.setDay(RECEIVED);
		String code = this.fixtures.fileOffer("Material didáctico");
		attachDocument(code, "anexo.pdf", 4);
		String entityEmail = entityEmail();
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("name=\"attachDocuments\""),
					containsString("Documentos: 1, 0,0 MB en total; un correo lleva como máximo 15 MB."))));

		this.mvc.perform(forward(code, ENTITY, entityEmail, MESSAGE, false))
			.andExpect(flash().attribute("notice", "office.forwarding.done"));

		assertThat((String) lastEmailTo(entityEmail).get("body_text")).contains("La oferta llegó con estos documentos")
			.contains("- anexo.pdf")
			.contains("respondiendo a este correo")
			.doesNotContain("Se adjuntan");
		assertThat(attachmentsTo(entityEmail)).isZero();
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(not(containsString("se enviaron los documentos"))));
	}

	@Test
	void refusesToSendDocumentsLargerThanAnEmailCarriesBesideTheBox() throws Exception {
		this.clock.setDay(RECEIVED);
		String code = this.fixtures.fileOffer("Laboratorios móviles");
		attachDocument(code, "planos.pdf", 10L * 1024 * 1024);
		attachDocument(code, "presupuesto.pdf", 6L * 1024 * 1024);
		String entityEmail = entityEmail();
		this.mvc.perform(forward(code, ENTITY, entityEmail, MESSAGE, true))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"attachDocuments-error\""),
					containsString("Los documentos suman 16 MB y un correo lleva como máximo 15 MB."),
					containsString("la atiende el Ministerio de Salud."))));
		this.mvc.perform(forward(code, ENTITY, entityEmail, MESSAGE, true).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("The documents add up to 16 MB and an email carries at most 15 MB.")));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("RECEIVED");
		assertThat(this.fixtures.audit(code)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE recipient = ?", Integer.class,
				entityEmail))
			.isZero();
	}

	@Test
	void showsEachMistakeBesideItsFieldInBothLanguagesKeepingWhatWasTyped() throws Exception {
		this.clock.setDay(RECEIVED);
		String code = this.fixtures.fileOffer("Bibliotecas rurales");
		this.mvc.perform(forward(code, " ", "atencion@localhost", "", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"entityName-error\""),
					containsString("Escriba el nombre de la entidad competente."),
					containsString("id=\"entityEmail-error\""), containsString("value=\"atencion@localhost\""),
					containsString("id=\"message-error\""), containsString("Escriba el mensaje al oferente."))));
		this.mvc.perform(forward(code, ENTITY, "no es un correo", MESSAGE, false).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"entityEmail-error\""),
					containsString("Enter a valid email address"), containsString("value=\"no es un correo\""),
					containsString("la atiende el Ministerio de Salud."))));
		this.mvc.perform(forward(code, "x".repeat(201), entityEmail(), MESSAGE, false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("no puede pasar de 200 caracteres")));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("RECEIVED");
		assertThat(this.fixtures.audit(code)).isEmpty();
	}

	@Test
	void forwardsOnlyReceivedOrInReviewOffersAtTheServiceAndOnThePage() throws Exception {
		this.clock.setDay(RECEIVED);
		for (String status : List.of("RECEIVED", "IN_REVIEW")) {
			String code = this.rows.offer((o) -> o.receivedOn(RECEIVED).status(status));
			this.forwarding.forward(code, this.rows.version(code), "staff", request());
			assertThat(this.rows.status(code)).isEqualTo("FORWARDED");
			assertThatExceptionOfType(IllegalOfferTransitionException.class)
				.isThrownBy(() -> this.forwarding.forward(code, this.rows.version(code), "staff", request()));
		}
		for (String status : List.of("MORE_INFORMATION_REQUESTED", "ACCEPTED", "DECLINED", "WITHDRAWN")) {
			String code = this.rows.offer((o) -> o.receivedOn(RECEIVED).status(status));
			assertThatExceptionOfType(IllegalOfferTransitionException.class)
				.isThrownBy(() -> this.forwarding.forward(code, this.rows.version(code), "staff", request()));
			assertThat(this.rows.status(code)).isEqualTo(status);
		}
		String accepted = this.fixtures.fileOffer("Becas aceptadas");
		this.jdbc.update(
				"UPDATE offer SET status = 'ACCEPTED', response_clock_started_at = NULL WHERE tracking_code = ?",
				accepted);
		this.mvc.perform(get("/admin/offers/" + accepted))
			.andExpect(content().string(not(containsString("action=\"/admin/offers/" + accepted + "/forward\""))));
		this.mvc.perform(forward(accepted, ENTITY, entityEmail(), MESSAGE, false))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ese cambio no est")));
		assertThat(this.fixtures.statusOf(accepted)).isEqualTo("ACCEPTED");
	}

	private static ForwardingRequest request() {
		return new ForwardingRequest(ENTITY, entityEmail(), MESSAGE, false);
	}

	private static String entityEmail() {
		return "correspondencia+" + UUID.randomUUID().toString().substring(0, 8) + "@minsalud.gov.co";
	}

	private MockHttpServletRequestBuilder forward(String code, String entityName, String entityEmail, String message,
			boolean attachDocuments) {
		var request = post("/admin/offers/" + code + "/forward").param("version", this.fixtures.version(code))
			.param("entityName", entityName)
			.param("entityEmail", entityEmail)
			.param("message", message)
			.with(csrf());
		return attachDocuments ? request.param("attachDocuments", "true") : request;
	}

	private Map<String, Object> lastEmailTo(String recipient) {
		return this.jdbc.queryForMap(
				"SELECT subject, body_text FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1",
				recipient);
	}

	private int attachmentsTo(String recipient) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
				WHERE m.recipient = ?""", Integer.class, recipient);
	}

	/**
	 * A four-byte PDF whose recorded size is {@code sizeBytes}: the size rule reads the
	 * recorded size.
	 */
	private void attachDocument(String code, String fileName, long sizeBytes) {
		this.jdbc.update("""
				INSERT INTO offer_attachment (public_id, offer_id, file_name, media_type, size_bytes, sha256, content,
				    uploaded_at)
				SELECT ?, id, ?, 'application/pdf', ?, repeat('0', 64), '\\x25504446'::bytea, received_at
				FROM offer WHERE tracking_code = ?""", UUID.randomUUID(), fileName, sizeBytes, code);
	}

}
