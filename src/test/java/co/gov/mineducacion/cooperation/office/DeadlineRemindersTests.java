package co.gov.mineducacion.cooperation.office;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business-morning reminder of answers falling due (Ley 1755 de 2015: 15 business
 * days). Offers here have their clock started on Thursday 1 February 2018, so they are
 * due on Thursday 22 February 2018 (no holiday in between); the days are in 2018 so that
 * no other test's offers fall due on them. What is checked is what the outbox holds.
 */
@PortalTest
@Import(MutableClock.Configuration.class)
class DeadlineRemindersTests {

	private static final LocalDate STARTED = LocalDate.of(2018, 2, 1);

	private static final LocalDate FOUR_DAYS_LEFT = LocalDate.of(2018, 2, 16);

	private static final LocalDate SATURDAY = LocalDate.of(2018, 2, 17);

	private static final LocalDate THREE_DAYS_LEFT = LocalDate.of(2018, 2, 19);

	private static final LocalDate TWO_DAYS_OVERDUE = LocalDate.of(2018, 2, 26);

	private static final String OFFICE = "cooperacion@mineducacion.gov.co";

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private OfferRows rows;

	private String staffEmail;

	private long staffId;

	@BeforeEach
	void newStaffMember() {
		this.rows = new OfferRows(this.jdbc);
		this.staffEmail = "plazos-" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.staffId = this.rows.staff(this.staffEmail, "Marta Gómez");
	}

	@Test
	void remindsTheAssigneeWhenThreeBusinessDaysAreLeftButNotFour() {
		String code = this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId).title("Becas de inglés"));

		remindOn(FOUR_DAYS_LEFT);
		assertThat(emailsTo(this.staffEmail)).isEmpty();

		remindOn(THREE_DAYS_LEFT);
		List<Email> emails = emailsTo(this.staffEmail);
		assertThat(emails).hasSize(1);
		assertThat(emails.get(0).subject()).isEqualTo("1 oferta por responder con plazo cercano o vencido");
		assertThat(emails.get(0).text()).contains("Hola, Marta Gómez:")
			.contains(code + " · Becas de inglés")
			.contains("Vence el 22 de febrero de 2018 (quedan 3 días hábiles)")
			.contains("http://localhost:8080/admin/offers/" + code);
	}

	@Test
	void remindsOfAnOverdueOfferOnceHoweverOftenItRuns() {
		String code = this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId));

		remindOn(TWO_DAYS_OVERDUE);
		remindOn(TWO_DAYS_OVERDUE);
		remindOn(TWO_DAYS_OVERDUE.plusDays(1));

		List<Email> emails = emailsTo(this.staffEmail);
		assertThat(emails).hasSize(1);
		assertThat(emails.get(0).text()).contains(code)
			.contains("Venció el 22 de febrero de 2018 (hace 2 días hábiles)");
	}

	@Test
	void listsAPersonsOffersInOneEmail() {
		String first = this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId));
		// Started the day before: due on Wednesday 21 February, two business days left.
		String second = this.rows.offer((o) -> o.receivedOn(STARTED.minusDays(1)).assignee(this.staffId));

		remindOn(THREE_DAYS_LEFT);

		List<Email> emails = emailsTo(this.staffEmail);
		assertThat(emails).hasSize(1);
		assertThat(emails.get(0).subject()).startsWith("2 ofertas por responder");
		assertThat(emails.get(0).text()).contains(first).contains(second);
	}

	@Test
	void sendsOffersAssignedToNobodyToTheOfficesMailbox() {
		String unassigned = this.rows.offer((o) -> o.receivedOn(STARTED).title("Sin responsable"));

		remindOn(THREE_DAYS_LEFT);

		assertThat(emailsTo(OFFICE)).filteredOn((email) -> email.text().contains(unassigned))
			.singleElement()
			.satisfies((email) -> assertThat(email.text()).contains("Hola, equipo de la Oficina")
				.contains("Nadie las tiene asignadas"));
		assertThat(emailsTo(this.staffEmail)).isEmpty();
	}

	@Test
	void writesInTheLanguageTheStaffMemberSignsInWith() {
		this.jdbc.update("UPDATE staff_account SET language = 'en' WHERE id = ?", this.staffId);
		String code = this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId));

		remindOn(THREE_DAYS_LEFT);

		Email email = emailsTo(this.staffEmail).get(0);
		assertThat(email.subject()).isEqualTo("1 offer to answer, due soon or overdue");
		assertThat(email.text()).contains("Hello Marta Gómez,")
			.contains(code)
			.contains("Due on February 22, 2018 (3 business days left)");
	}

	@Test
	void remindsAgainOfTheNewDueDateOnceTheClockRestarts() {
		String code = this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId));
		remindOn(THREE_DAYS_LEFT);

		// The submitter answered a request for information on Tuesday 20 February: 15
		// business days from then is Tuesday 13 March.
		this.jdbc.update("UPDATE offer SET response_clock_started_at = ? WHERE tracking_code = ?",
				Timestamp.from(LocalDate.of(2018, 2, 20).atTime(10, 0).atZone(Colombia.TIME_ZONE).toInstant()), code);
		remindOn(LocalDate.of(2018, 3, 7));
		assertThat(emailsTo(this.staffEmail)).hasSize(1);
		remindOn(LocalDate.of(2018, 3, 8));

		assertThat(emailsTo(this.staffEmail)).hasSize(2)
			.last()
			.satisfies((email) -> assertThat(email.text()).contains("Vence el 13 de marzo de 2018"));
	}

	@Test
	void restsOnWeekendsAndHolidays() {
		this.rows.offer((o) -> o.receivedOn(STARTED).assignee(this.staffId));

		remindOn(SATURDAY);
		remindOn(LocalDate.of(2018, 3, 19));

		assertThat(emailsTo(this.staffEmail)).isEmpty();
	}

	private void remindOn(LocalDate day) {
		this.clock.setDay(day);
		this.reminders.sendDue();
	}

	private List<Email> emailsTo(String recipient) {
		return this.jdbc.query("SELECT subject, body_text FROM outbox_message WHERE recipient = ? ORDER BY id",
				(rs, i) -> new Email(rs.getString(1), rs.getString(2)), recipient);
	}

	record Email(String subject, String text) {
	}

}
