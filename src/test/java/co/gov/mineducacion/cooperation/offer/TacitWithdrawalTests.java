package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
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
 * Tacit withdrawal of an incomplete request (Ley 1755 de 2015, art. 17) with the whole
 * portal, the test clock moved across Holy Week 2027: a request for information made on
 * Thursday 25 February 2027 is due on Thursday 25 March, Holy Thursday, so the term ends
 * on Monday 29 March (Good Friday and the weekend follow) and the offer is taken as
 * withdrawn on Tuesday 30 March, never before; one more month moves it to Monday 26 April
 * (25 April is a Sunday).
 */
@PortalTest
@Import(MutableClock.Configuration.class)
class TacitWithdrawalTests {

	private static final LocalDate REQUESTED = LocalDate.of(2027, 2, 25);

	private static final LocalDate DUE = LocalDate.of(2027, 3, 29);

	private static final LocalDate EXTENDED_DUE = LocalDate.of(2027, 4, 26);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	OfferRepository offers;

	@Autowired
	StatusLinks links;

	@Autowired
	TacitWithdrawals withdrawals;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRequestEmailStatesTheLastDayToAnswerAndWhatHappensWithoutAnAnswer() {
		String code = waitingSince(REQUESTED, null);
		assertThat(lastEmailBody(emailOf(code))).contains("¿Cuántos docentes participan?")
			.contains("Tiene hasta el 29 de marzo de 2027 para responder.")
			.contains("se entenderá que desistió de ella (artículo 17 de la Ley 1755 de 2015)");
	}

	@Test
	void closesTheOfferTheDayAfterTheDueDateAcrossHolyWeekNeverBeforeAndOnlyOnce() throws Exception {
		String code = waitingSince(REQUESTED, null);
		for (LocalDate day : List.of(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28),
				DUE)) {
			this.clock.setDay(day);
			this.withdrawals.withdrawOverdue();
			assertThat(statusOf(code)).as(day.toString()).isEqualTo("MORE_INFORMATION_REQUESTED");
		}
		this.clock.setDay(DUE.plusDays(1));
		this.withdrawals.withdrawOverdue();
		this.withdrawals.withdrawOverdue();
		assertThat(statusOf(code)).isEqualTo("TACITLY_WITHDRAWN");
		assertThat(this.jdbc.queryForList(
				"SELECT actor FROM offer_event e JOIN offer o ON o.id = e.offer_id "
						+ "WHERE o.tracking_code = ? AND e.kind = 'TACITLY_WITHDRAWN' AND e.visible_to_submitter",
				String.class, code))
			.containsExactly("system");
		assertThat(audit(code)).containsExactly("system | offer.tacitly-withdrawn | due 2027-03-29");
		List<String> subjects = this.jdbc.queryForList(
				"SELECT subject FROM outbox_message WHERE recipient = ? ORDER BY id", String.class, emailOf(code));
		assertThat(subjects).filteredOn((subject) -> subject.contains("cambió de estado")).hasSize(2);
		assertThat(lastEmailBody(emailOf(code))).contains("Desistimiento tácito")
			.contains("se entiende que desistió de la oferta (artículo 17 de la Ley 1755 de 2015)");
		this.mvc.perform(get("/offers/status/" + this.links.token(code)))
			.andExpect(content().string(allOf(containsString("Desistimiento tácito"),
					containsString("La oferta se cerró por desistimiento tácito"),
					not(containsString("Pedir un mes más")))));
	}

	@Test
	void leavesAnsweredOffersAlone() {
		String code = waitingSince(REQUESTED, null);
		this.clock.setDay(LocalDate.of(2027, 3, 10));
		change(code, (offer) -> offer.provideInformation("Participan 200 docentes.", List.of(), this.clock.instant()));
		this.clock.setDay(LocalDate.of(2027, 6, 1));
		this.withdrawals.withdrawOverdue();
		assertThat(statusOf(code)).isEqualTo("IN_REVIEW");
	}

	@Test
	void oneMoreMonthAskedForOnTheStatusPageMovesTheWithdrawalToTheDayAfterTheNewDate() throws Exception {
		String code = waitingSince(REQUESTED, null);
		String page = "/offers/status/" + this.links.token(code);
		this.clock.setDay(DUE);
		this.mvc.perform(get(page))
			.andExpect(content().string(allOf(containsString("Tiene hasta el 29/03/2027 para responder"),
					containsString("Pedir un mes más"))));

		this.mvc.perform(post(page + "/more-time")).andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/more-time").with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", "offer.status.moreTime.done"));
		this.mvc.perform(get(page))
			.andExpect(content().string(allOf(containsString("Tiene hasta el 26/04/2027 para responder"),
					containsString("El oferente pidió un mes más para responder"),
					not(containsString("Pedir un mes más")))));
		this.mvc.perform(post(page + "/more-time").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("refusal", "offer.status.moreTime.refused.ALREADY_EXTENDED"));
		assertThat(lastEmailBody(emailOf(code))).contains("tiene un mes más para responder")
			.contains("Tiene hasta el 26 de abril de 2027 para responder.");
		assertThat(audit(code)).containsExactly("submitter | offer.information-term-extended | until 2027-04-26");

		for (LocalDate day : List.of(DUE.plusDays(1), EXTENDED_DUE)) {
			this.clock.setDay(day);
			this.withdrawals.withdrawOverdue();
			assertThat(statusOf(code)).as(day.toString()).isEqualTo("MORE_INFORMATION_REQUESTED");
		}
		this.clock.setDay(EXTENDED_DUE.plusDays(1));
		this.withdrawals.withdrawOverdue();
		assertThat(statusOf(code)).isEqualTo("TACITLY_WITHDRAWN");
	}

	@Test
	void refusesMoreTimeOnceTheTermHasEnded() throws Exception {
		String code = waitingSince(REQUESTED, null);
		String page = "/offers/status/" + this.links.token(code);
		this.clock.setDay(DUE.plusDays(1));
		this.mvc.perform(get(page))
			.andExpect(content().string(allOf(containsString("Tiene hasta el 29/03/2027 para responder"),
					not(containsString("Pedir un mes más")))));
		this.mvc.perform(post(page + "/more-time").with(csrf()))
			.andExpect(flash().attribute("refusal", "offer.status.moreTime.refused.TERM_ENDED"));
		assertThat(audit(code)).isEmpty();
	}

	@Test
	void tellsTheAssigneeOfMoreTimeAndOfTheTacitWithdrawal() throws Exception {
		String member = "analista+" + OfferRows.randomLetters(8) + "@mineducacion.gov.co";
		long memberId = new OfferRows(this.jdbc).staff(member, "Marta Gómez");
		String code = waitingSince(REQUESTED, memberId);
		this.clock.setDay(LocalDate.of(2027, 3, 1));
		this.mvc.perform(post("/offers/status/" + this.links.token(code) + "/more-time").with(csrf()));
		this.clock.setDay(EXTENDED_DUE.plusDays(1));
		this.withdrawals.withdrawOverdue();
		assertThat(this.jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient = ? ORDER BY id",
				String.class, member))
			.contains("El oferente pidió un mes más para responder la solicitud de información: " + code,
					"Una oferta asignada a usted se cerró por desistimiento tácito: " + code);
	}

	/**
	 * An offer whose submitter the office asked for more on {@code day}, assigned to
	 * {@code assignee} when one is given.
	 */
	private String waitingSince(LocalDate day, Long assignee) {
		this.clock.setDay(day);
		Offer offer = OfferFixtures.receivedOffer(uniqueEmail());
		this.transactions.executeWithoutResult((tx) -> {
			if (assignee != null) {
				offer.assignTo(assignee, "jefa@mineducacion.gov.co", this.clock.instant());
			}
			offer.startReview("staff@mineducacion.gov.co", this.clock.instant());
			offer.requestInformation("staff@mineducacion.gov.co", "¿Cuántos docentes participan?",
					this.clock.instant());
			this.offers.save(offer);
		});
		return offer.trackingCode();
	}

	private void change(String code, Consumer<Offer> change) {
		this.transactions.executeWithoutResult((tx) -> {
			Offer offer = this.offers.findByTrackingCode(code).orElseThrow();
			change.accept(offer);
			this.offers.save(offer);
		});
	}

	private String statusOf(String code) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, code);
	}

	private String emailOf(String code) {
		return this.jdbc.queryForObject("SELECT contact_email FROM offer WHERE tracking_code = ?", String.class, code);
	}

	private String lastEmailBody(String recipient) {
		return this.jdbc.queryForObject(
				"SELECT body_text FROM outbox_message WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class,
				recipient);
	}

	private List<String> audit(String code) {
		return this.jdbc.queryForList(
				"SELECT actor || ' | ' || action || ' | ' || coalesce(details, '') FROM audit_entry WHERE target = ? "
						+ "ORDER BY id",
				String.class, code);
	}

}
