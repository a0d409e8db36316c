package co.gov.mineducacion.cooperation.office;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.SignedIn;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.TestSmtp;
import co.gov.mineducacion.cooperation.test.WithStaff;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One offer in the office: the workflow moves with their messages and emails, answer
 * templates, refused moves, two colleagues acting at once, notes and downloads, each with
 * its audit line.
 */
@PortalTest
@WithStaff
class OfferReviewControllerTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfficeFixtures fixtures;

	@BeforeEach
	void staffAccount() {
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
		this.fixtures.staffAccount("analista@mineducacion.gov.co", "Analista de Prueba", true);
	}

	@Test
	void listsOffersWithTheirResponseClockAndFindsThemByText() throws Exception {
		String code = this.fixtures.fileOffer("Huertas escolares en el Chocó");
		this.mvc.perform(get("/admin/offers").param("q", "huertas choco"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Huertas escolares en el Chocó"),
					containsString("días hábiles"))));
		this.mvc.perform(get("/admin/offers").param("q", "school gardens astronauts"))
			.andExpect(content().string(not(containsString(code))));
	}

	@Test
	void filtersTheQueueByStatusInTheUrl() throws Exception {
		String code = this.fixtures.fileOffer("Aulas digitales");
		this.mvc.perform(get("/admin/offers").param("status", "ACCEPTED"))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/admin/offers").param("status", "RECEIVED").param("size", "100"))
			.andExpect(status().isOk());
	}

	@Test
	void reviewsAnOfferAndAsksForMoreInformationWhichIsEmailed() throws Exception {
		String code = this.fixtures.fileOffer("Bibliotecas móviles");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Bibliotecas móviles"),
					containsString("Empezar la revisión"), containsString("Aviso versión 1"))));
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()))
			.andExpect(redirectedUrl("/admin/offers/" + code))
			.andExpect(flash().attribute("notice", "office.offer.done.start-review"));
		this.mvc
			.perform(post("/admin/offers/" + code + "/request-information").param("version", version(code))
				.param("message", "¿Cuántas bibliotecas y en qué municipios?")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.request-information"));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("MORE_INFORMATION_REQUESTED");
		MimeMessage email = OfficeFixtures.awaitEmail(smtp, this.fixtures.emailOf(code), 2);
		assertThat(email.getSubject()).isEqualTo("Su oferta de cooperación " + code + " cambió de estado");
		assertThat(OfficeFixtures.text(email)).contains("¿Cuántas bibliotecas y en qué municipios?");
		assertThat(this.fixtures.audit(code)).containsExactly("offer.status-changed | RECEIVED → IN_REVIEW",
				"offer.status-changed | IN_REVIEW → MORE_INFORMATION_REQUESTED");
	}

	@Test
	void prefillsTheChosenTemplateInTheSubmittersLanguageWithoutJavaScript() throws Exception {
		String english = this.fixtures.fileOffer("Teacher exchanges", "preferredLanguage", "en");
		String spanish = this.fixtures.fileOffer("Intercambios docentes");
		long accept = templateId("ACCEPT");
		for (String code : new String[] { english, spanish }) {
			this.mvc
				.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		}
		this.mvc.perform(get("/admin/offers/" + english).param("template", String.valueOf(accept)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<details id=\"accept\" class=\"decision\" open"),
					containsString("value=\"Your cooperation offer has been accepted\""),
					containsString(">We are pleased to inform you that the International Cooperation Office"),
					containsString("Se envía en inglés"))));
		this.mvc.perform(get("/admin/offers/" + spanish).param("template", String.valueOf(accept)))
			.andExpect(content().string(allOf(containsString("value=\"Su oferta de cooperación fue aceptada\""),
					containsString(">Nos complace informarle que la Oficina de Cooperación Internacional"))));
		this.mvc.perform(get("/admin/offers/" + spanish))
			.andExpect(content().string(allOf(containsString("aria-describedby=\"message-accept-hint\"></textarea>"),
					containsString("action=\"/admin/offers/" + spanish + "#accept\""))));
	}

	@Test
	void sendsTheEditedTemplateTextAndSubjectInTheSubmittersEmail() throws Exception {
		String code = this.fixtures.fileOffer("Teacher exchanges with Canada", "preferredLanguage", "en");
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		long accept = templateId("ACCEPT");
		this.mvc
			.perform(post("/admin/offers/" + code + "/accept").param("version", version(code))
				.param("template", String.valueOf(accept))
				.param("subject", "Your cooperation offer has been accepted")
				.param("message",
						"We are pleased to inform you that your offer was accepted. "
								+ "Ms Gómez will call you on Monday to plan the first visit.")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.accept"));
		MimeMessage email = OfficeFixtures.awaitEmail(smtp, this.fixtures.emailOf(code), 2);
		assertThat(email.getSubject()).isEqualTo("Your cooperation offer has been accepted · Filing number " + code);
		assertThat(OfficeFixtures.text(email)).contains("Ms Gómez will call you on Monday to plan the first visit.",
				"Accepted", "/offers/status/");
		assertThat(this.fixtures.audit(code)).last()
			.isEqualTo("offer.status-changed | IN_REVIEW → ACCEPTED · template #" + accept);
	}

	@Test
	void keepsTheTextAndSaysWhatIsMissingWhenADecisionHasNoMessage() throws Exception {
		String code = this.fixtures.fileOffer("Becas");
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		this.mvc
			.perform(post("/admin/offers/" + code + "/accept").param("version", version(code))
				.param("subject", "Bienvenidos")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Escriba el mensaje para el oferente"),
					containsString("id=\"message-accept-error\""), containsString("value=\"Bienvenidos\""))));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("IN_REVIEW");
	}

	@Test
	void refusesAMoveTheWorkflowDoesNotAllowWithAMessageAndChangesNothing() throws Exception {
		String code = this.fixtures.fileOffer("Tabletas");
		String email = this.fixtures.emailOf(code);
		String seen = version(code);
		this.mvc
			.perform(post("/admin/offers/" + code + "/accept").param("version", seen)
				.param("message", "Bienvenidos")
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Ese cambio no está permitido"),
					containsString("<strong class=\"status-badge\">Recibida</strong>"))));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("RECEIVED");
		assertThat(version(code)).isEqualTo(seen);
		assertThat(this.fixtures.eventsOf(code, "ACCEPTED")).isZero();
		assertThat(this.fixtures.outboxTo(email)).isEqualTo(1);
		assertThat(this.fixtures.audit(code)).isEmpty();
	}

	@Test
	void tellsTheSecondOfTwoColleaguesThatTheOfferChangedMeanwhileAndShowsTheNewerState() throws Exception {
		String code = this.fixtures.fileOffer("Conectividad rural");
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		String seenByBoth = version(code);
		this.mvc
			.perform(post("/admin/offers/" + code + "/accept").param("version", seenByBoth)
				.param("message", "Aceptada: los llamaremos.")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.done.accept"));
		this.mvc
			.perform(post("/admin/offers/" + code + "/decline").param("version", seenByBoth)
				.param("message", "No se ajusta a las prioridades del sector.")
				.with(SignedIn.staff("colega@mineducacion.gov.co"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Otra persona cambió esta oferta mientras usted la veía"),
					containsString("<strong class=\"status-badge\">Aceptada</strong>"),
					containsString("Aceptada: los llamaremos."))));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("ACCEPTED");
		assertThat(this.fixtures.eventsOf(code, "DECLINED")).isZero();
		assertThat(this.fixtures.outboxTo(this.fixtures.emailOf(code))).isEqualTo(2);
		assertThat(this.fixtures.audit(code)).doesNotContain("offer.status-changed | IN_REVIEW → DECLINED");
	}

	@Test
	void keepsWhatTheSecondColleagueTypedWhenTheOfferChangedButTheMoveIsStillPossible() throws Exception {
		String code = this.fixtures.fileOffer("Robótica educativa");
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		String seen = version(code);
		this.mvc.perform(post("/admin/offers/" + code + "/assign-to-me").param("version", seen).with(csrf()));
		this.mvc
			.perform(post("/admin/offers/" + code + "/request-information").param("version", seen)
				.param("message", "¿En cuántos colegios?")
				.with(SignedIn.staff("colega@mineducacion.gov.co"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("<details id=\"request-information\" class=\"decision\" open"),
						containsString("¿En cuántos colegios?</textarea>"),
						containsString("name=\"version\" value=\"" + version(code) + "\""))));
		assertThat(this.fixtures.statusOf(code)).isEqualTo("IN_REVIEW");
	}

	@Test
	void answersAnUnknownOfferOrMoveWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/offers/CO-2026-2222-2222")).andExpect(status().isNotFound());
		String code = this.fixtures.fileOffer("Movilidad");
		this.mvc.perform(post("/admin/offers/" + code + "/delete").param("version", version(code)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/offers/" + code + "/ACCEPT").param("version", version(code)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsInternalNotesFromTheSubmitterAndAuditsThemWithoutTheirText() throws Exception {
		String code = this.fixtures.fileOffer("Formación docente");
		this.mvc
			.perform(post("/admin/offers/" + code + "/notes").param("message", "Llamar a la fundación el lunes.")
				.with(csrf()))
			.andExpect(flash().attribute("notice", "office.offer.noteAdded"));
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(containsString("Llamar a la fundación el lunes.")));
		assertThat(this.jdbc
			.queryForObject("SELECT bool_or(visible_to_submitter) FROM offer_event e JOIN offer o ON o.id = e.offer_id "
					+ "WHERE o.tracking_code = ? AND e.kind = 'NOTE'", Boolean.class, code))
			.isFalse();
		assertThat(this.fixtures.audit(code)).containsExactly("offer.note-added | ");
	}

	@Test
	void letsStaffDownloadADocumentAsAnAttachmentWithItsRealTypeAndAuditsIt() throws Exception {
		String code = this.fixtures.fileOffer("Laboratorios");
		Long offerId = this.jdbc.queryForObject("SELECT id FROM offer WHERE tracking_code = ?", Long.class, code);
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"INSERT INTO offer_attachment (public_id, offer_id, file_name, media_type, size_bytes, sha256, "
						+ "content, uploaded_at) VALUES (?, ?, 'plan.pdf', 'application/pdf', 4, ?, ?, now())",
				id, offerId, "0".repeat(64), "%PDF".getBytes());
		this.mvc.perform(get("/admin/offers/" + code + "/documents/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		this.mvc.perform(get("/admin/offers/" + code + "/documents/" + UUID.randomUUID()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/offers/" + this.fixtures.fileOffer("Otra") + "/documents/" + id))
			.andExpect(status().isNotFound());
		assertThat(this.fixtures.audit(code)).containsExactly("offer.document-downloaded | document " + id);
	}

	@Test
	@WithMockUser(username = "ciudadano@example.org", roles = "CITIZEN")
	void refusesTheOfferPageToAnyoneWhoIsNotStaff() throws Exception {
		this.mvc.perform(get("/admin/offers")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/offers/CO-2026-2222-2222")).andExpect(status().isForbidden());
	}

	private long templateId(String purpose) {
		return this.jdbc.queryForObject(
				"SELECT min(id) FROM answer_template WHERE purpose = ? AND NOT retired AND name NOT LIKE 'Prueba%'",
				Long.class, purpose);
	}

	private String version(String code) {
		return this.fixtures.version(code);
	}

	@Test
	void theOfferPageCountsTheResponseClockFromWhenItLastStarted() throws Exception {
		String late = this.fixtures.fileOffer("Clubes de lectura atrasados");
		this.jdbc.update("UPDATE offer SET received_at = now() - interval '40 days', "
				+ "response_clock_started_at = now() - interval '40 days' WHERE tracking_code = ?", late);
		this.mvc.perform(get("/admin/offers/" + late))
			.andExpect(content().string(allOf(containsString("Vencida hace "), not(containsString("hace -")))));

		String answered = this.fixtures.fileOffer("Clubes de lectura respondidos");
		this.jdbc.update("UPDATE offer SET received_at = now() - interval '40 days' WHERE tracking_code = ?", answered);
		this.mvc.perform(get("/admin/offers/" + answered))
			.andExpect(
					content().string(allOf(containsString("Quedan 15 días hábiles"), not(containsString("Vencida")))));
	}

}
