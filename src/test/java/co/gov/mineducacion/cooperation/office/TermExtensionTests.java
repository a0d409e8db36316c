package co.gov.mineducacion.cooperation.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.offer.OfferReviewService;
import co.gov.mineducacion.cooperation.offer.TermExtensionRefusedException;
import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's notice of a later answer (Ley 1755 de 2015, art. 14, parágrafo), across
 * Holy Week 2027 (22 March, San José, and 25 and 26 March are holidays). Offers here have
 * their term started on Friday 19 March 2027: 15 business days end on Wednesday 14 April,
 * twice the term on Wednesday 5 May.
 */
@PortalTest
@WithStaff
@Import(MutableClock.Configuration.class)
class TermExtensionTests {

	private static final LocalDate STARTED = LocalDate.of(2027, 3, 19);

	private static final LocalDate DUE = LocalDate.of(2027, 4, 14);

	private static final LocalDate TWICE_THE_TERM = LocalDate.of(2027, 5, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	OfferReviewService reviews;

	@Autowired
	DeadlineReminders reminders;

	private OfferRows rows;

	private OfficeFixtures fixtures;

	@BeforeEach
	void rows() {
		this.rows = new OfferRows(this.jdbc);
		this.fixtures = new OfficeFixtures(this.mvc, this.jdbc);
	}

	@Test
	void extendsToExactlyTwiceTheTermAndRefusesOneBusinessDayMoreBesideTheField() throws Exception {
		this.clock.setDay(STARTED);
		String code = this.fixtures.fileOffer("Becas de posgrado");
		this.clock.setDay(LocalDate.of(2027, 4, 1));
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("Ampliar el plazo de respuesta"),
					containsString("El plazo vence el 2027-04-14; la nueva fecha no puede pasar del 2027-05-05"))));

		this.mvc.perform(extend(code, "2027-05-06", "Esperamos el concepto del área técnica."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"until-error\""),
					containsString("La nueva fecha pasa del doble del término legal"),
					containsString("value=\"2027-05-06\""), containsString("Esperamos el concepto del &aacute;rea"))));
		assertThat(extendedUntil(code)).isNull();

		this.mvc.perform(extend(code, "2027-05-05", "Esperamos el concepto del área técnica."))
			.andExpect(redirectedUrl("/admin/offers/" + code))
			.andExpect(flash().attribute("notice", "office.extension.done"));
		assertThat(extendedUntil(code)).isEqualTo(TWICE_THE_TERM);
		assertThat(this.fixtures.eventsOf(code, "TERM_EXTENDED")).isEqualTo(1);
		assertThat(this.fixtures.audit(code)).containsExactly("offer.term-extended | until 2027-05-05");
		Map<String, Object> email = this.jdbc.queryForMap(
				"SELECT subject, body_text FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1",
				this.fixtures.emailOf(code));
		assertThat(email.get("subject")).isEqualTo("La respuesta a su oferta " + code + " tendrá una nueva fecha");
		assertThat((String) email.get("body_text")).contains("Esperamos el concepto del área técnica.")
			.contains("Le responderemos a más tardar el 5 de mayo de 2027.")
			.contains("artículo 14 de la Ley 1755 de 2015")
			.contains("/offers/status/");
		this.mvc.perform(get("/admin/offers/" + code))
			.andExpect(content().string(allOf(containsString("vence 2027-05-05"),
					containsString("Plazo ampliado; vencía el 2027-04-14."))));
	}

	@Test
	void refusesAnExtensionOnceTheDeadlineHasPassedButNotOnTheDayItself() throws Exception {
		this.clock.setDay(STARTED);
		String late = this.fixtures.fileOffer("Becas de pregrado");
		String onTheDay = this.fixtures.fileOffer("Becas de maestría");
		this.clock.setDay(DUE.plusDays(1));
		this.mvc.perform(extend(late, "2027-04-30", "Falta el concepto jurídico."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("El plazo ya venció: la ampliación debe avisarse antes")));
		assertThat(extendedUntil(late)).isNull();

		this.clock.setDay(DUE);
		this.mvc.perform(extend(onTheDay, "2027-04-30", "Falta el concepto jurídico."))
			.andExpect(redirectedUrl("/admin/offers/" + onTheDay));
		assertThat(extendedUntil(onTheDay)).isEqualTo(LocalDate.of(2027, 4, 30));
	}

	@Test
	void refusesWhatTheLawDoesNotAllowAtTheServiceLevel() {
		this.clock.setDay(LocalDate.of(2027, 4, 1));
		String waiting = this.rows.offer((o) -> o.receivedOn(STARTED).status("MORE_INFORMATION_REQUESTED"));
		String accepted = this.rows.offer((o) -> o.receivedOn(STARTED).status("ACCEPTED"));
		String received = this.rows.offer((o) -> o.receivedOn(STARTED));
		for (String code : List.of(waiting, accepted)) {
			assertThatExceptionOfType(TermExtensionRefusedException.class)
				.isThrownBy(() -> this.reviews.extendTerm(code, this.rows.version(code), "staff",
						LocalDate.of(2027, 4, 20), "Motivo"))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(TermExtensionRefusedException.Reason.NOT_RUNNING));
		}
		assertRefused(received, DUE, TermExtensionRefusedException.Reason.NOT_LATER);
		// Saturday 24 April 2027.
		assertRefused(received, LocalDate.of(2027, 4, 24), TermExtensionRefusedException.Reason.NOT_BUSINESS_DAY);
		this.reviews.extendTerm(received, this.rows.version(received), "staff", LocalDate.of(2027, 4, 20), "Motivo");
		assertRefused(received, LocalDate.of(2027, 4, 21), TermExtensionRefusedException.Reason.ALREADY_EXTENDED);
	}

	@Test
	void theQueueTheRemindersAndTheClockReadTheExtendedDate() throws Exception {
		String word = OfferRows.randomLetters(12);
		String code = this.rows.offer((o) -> o.receivedOn(STARTED).title("Aulas " + word));
		this.clock.setDay(LocalDate.of(2027, 4, 1));
		this.reviews.extendTerm(code, this.rows.version(code), "staff", TWICE_THE_TERM, "Concepto técnico");

		// On 9 April the original term would have had 3 business days left; 15 April it
		// would have been overdue: the extended one is neither.
		this.clock.setDay(LocalDate.of(2027, 4, 9));
		this.reminders.sendDue();
		this.clock.setDay(DUE.plusDays(1));
		this.reminders.sendDue();
		assertThat(remindedDueDates(code)).isEmpty();
		this.mvc.perform(get("/admin/offers").param("q", word).param("clock", "OVERDUE"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));

		this.clock.setDay(LocalDate.of(2027, 4, 30));
		this.reminders.sendDue();
		assertThat(remindedDueDates(code)).containsExactly(TWICE_THE_TERM);
		this.mvc.perform(get("/admin/offers").param("q", word).param("clock", "DUE_SOON"))
			.andExpect(content().string(containsString(code)));

		this.clock.setDay(LocalDate.of(2027, 5, 6));
		this.mvc.perform(get("/admin/offers").param("q", word).param("clock", "OVERDUE"))
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/admin/offers/export.csv").param("q", word))
			.andExpect(content().string(containsString("2027-05-05")));
	}

	private void assertRefused(String code, LocalDate until, TermExtensionRefusedException.Reason reason) {
		assertThatExceptionOfType(TermExtensionRefusedException.class)
			.isThrownBy(() -> this.reviews.extendTerm(code, this.rows.version(code), "staff", until, "Motivo"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	private org.springframework.test.web.servlet.RequestBuilder extend(String code, String until, String reason) {
		return post("/admin/offers/" + code + "/term-extension")
			.param("version", String.valueOf(this.rows.version(code)))
			.param("until", until)
			.param("reason", reason)
			.with(csrf());
	}

	private LocalDate extendedUntil(String code) {
		return this.jdbc.queryForObject("SELECT response_extended_until FROM offer WHERE tracking_code = ?",
				LocalDate.class, code);
	}

	private List<LocalDate> remindedDueDates(String code) {
		return this.jdbc.queryForList("SELECT due_on FROM deadline_reminder WHERE offer_tracking_code = ?",
				LocalDate.class, code);
	}

}
