package co.gov.mineducacion.cooperation.offer.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's SQL on PostgreSQL: keyset pages in every sort order, both directions, the
 * codes kept on the offer row, and full-text search whether words are rare or common.
 * Each test assigns its offers to a staff member of its own, so filtering by that
 * assignee isolates it from every other offer in the database.
 */
@RepositoryTest
class OfferQueueTests {

	@Autowired
	OfferQueue queue;

	@Autowired
	JdbcTemplate jdbc;

	OfferRows rows;

	long staff;

	QueueFilter mine;

	@BeforeEach
	void ownStaffMember() {
		this.rows = new OfferRows(this.jdbc);
		String email = "cola+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.staff = this.rows.staff(email, "Cola");
		this.mine = new QueueFilter(null, null, null, null, null, null, false, this.staff, false, null, null, null,
				null, null);
	}

	@Test
	void walksEverySortOrderPageByPageForwardAndBackwardInTheOrderOfTheWholeQueue() {
		seven();
		for (QueueSort sort : QueueSort.values()) {
			for (boolean descending : new boolean[] { false, true }) {
				List<String> whole = export(this.mine, sort, descending);
				assertThat(whole).as("%s %s", sort, descending).hasSize(7);
				assertThat(forwards(sort, descending)).as("forwards by %s %s", sort, descending).isEqualTo(whole);
				assertThat(backwards(sort, descending)).as("backwards by %s %s", sort, descending).isEqualTo(whole);
			}
		}
	}

	@Test
	void sortsTextIgnoringCaseAndAccentsAndStatusesInWorkflowOrder() {
		String zonas = offer((o) -> o.title("Zonas rurales").status("ACCEPTED"));
		String arboles = offer((o) -> o.title("Árboles nativos").status("IN_REVIEW"));
		String abejas = offer((o) -> o.title("abejas y polinizadores").status("MORE_INFORMATION_REQUESTED"));
		String etica = offer((o) -> o.title("Ética docente"));
		assertThat(export(this.mine, QueueSort.TITLE, false)).containsExactly(abejas, arboles, etica, zonas);
		assertThat(export(this.mine, QueueSort.STATUS, false)).containsExactly(etica, arboles, abejas, zonas);
	}

	@Test
	void sortsByTheResponseClockMostUrgentFirstAndStoppedClocksLast() {
		LocalDate today = LocalDate.now();
		String stopped = offer((o) -> o.status("ACCEPTED").receivedOn(today.minusDays(90)));
		String recent = offer((o) -> o.receivedOn(today.minusDays(1)));
		String old = offer((o) -> o.receivedOn(today.minusDays(40)));
		String answered = offer((o) -> o.status("IN_REVIEW").receivedOn(today.minusDays(60)).clockStartedOn(today));
		assertThat(export(this.mine, QueueSort.CLOCK, false)).containsExactly(old, recent, answered, stopped);
	}

	@Test
	void firstPageHasNoPreviousAndLastPageNoNext() {
		seven();
		QueueSlice first = this.queue.slice(this.mine, QueueSort.RECEIVED, true, QueuePosition.first(), 3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.count()).isEqualTo(7);
		assertThat(first.exact()).isTrue();
		QueueSlice last = this.queue.slice(this.mine, QueueSort.RECEIVED, true, QueuePosition.last(), 3);
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(last.rows()).hasSize(3);
		List<String> whole = export(this.mine, QueueSort.RECEIVED, true);
		assertThat(codes(last)).isEqualTo(whole.subList(4, 7));
	}

	@Test
	void goingBackFromTheSecondPageShowsAFullFirstPage() {
		seven();
		List<String> whole = export(this.mine, QueueSort.RECEIVED, true);
		QueueSlice back = this.queue.slice(this.mine, QueueSort.RECEIVED, true, QueuePosition.before(whole.get(2)), 3);
		assertThat(codes(back)).isEqualTo(whole.subList(0, 3));
		assertThat(back.hasPrevious()).isFalse();
	}

	@Test
	void anUnknownCursorStartsAtTheFirstPage() {
		seven();
		QueueSlice page = this.queue.slice(this.mine, QueueSort.TITLE, false, QueuePosition.after("CO-1999-XXXX-XXXX"),
				3);
		assertThat(codes(page)).isEqualTo(export(this.mine, QueueSort.TITLE, false).subList(0, 3));
		assertThat(page.hasPrevious()).isFalse();
	}

	@Test
	void keepsTheCodesAnOfferNamesOnItsRowAsTheirTablesChange() {
		String code = offer((o) -> o.projects("SUP-PER-03", "EFI-01").departments("68", "05").actionTypes("A06"));
		QueueFilter antioquia = new QueueFilter(null, null, null, "A06", "EFI-01", "05", false, this.staff, false, null,
				null, null, null, null);
		assertThat(export(antioquia, QueueSort.RECEIVED, true)).containsExactly(code);
		QueueRow row = this.queue.slice(antioquia, QueueSort.RECEIVED, true, QueuePosition.first(), 25).rows().get(0);
		assertThat(row.strategicProjects()).containsExactly("EFI-01", "SUP-PER-03");
		assertThat(row.departments()).containsExactly("05", "68");

		this.jdbc.update("DELETE FROM offer_department WHERE divipola_code = '05' AND offer_id = "
				+ "(SELECT id FROM offer WHERE tracking_code = ?)", code);
		assertThat(export(antioquia, QueueSort.RECEIVED, true)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT department_codes::text FROM offer WHERE tracking_code = ?",
				String.class, code))
			.isEqualTo("{68}");
	}

	@Test
	void findsRareAndCommonWordsAlikeWithoutAccentsInSpanishOrEnglish() {
		List<String> robotics = this.rows.offers(30,
				(o) -> o.assignee(this.staff).title("Clubes de robótica escolar").description("Robots en el aula."));
		String rare = offer((o) -> o.title("Huertas escolares en el Chocó"));
		QueueSlice common = this.queue.slice(withText("robotica"), QueueSort.RECEIVED, true, QueuePosition.first(), 25);
		assertThat(common.rows()).hasSize(25);
		assertThat(common.hasNext()).isTrue();
		assertThat(common.count()).isEqualTo(30);
		QueueSlice rest = this.queue.slice(withText("robotics"), QueueSort.RECEIVED, true,
				QueuePosition.after(codes(common).get(24)), 25);
		assertThat(codes(rest)).hasSize(5);
		assertThat(union(codes(common), codes(rest))).containsExactlyInAnyOrderElementsOf(robotics);
		assertThat(
				codes(this.queue.slice(withText("huertas choco"), QueueSort.RECEIVED, true, QueuePosition.first(), 25)))
			.containsExactly(rare);
		assertThat(this.queue.slice(withText("astronautas"), QueueSort.TITLE, false, QueuePosition.last(), 25).rows())
			.isEmpty();
	}

	@Test
	void findsOffersWhoseResponseClockStartedInARange() {
		LocalDate today = LocalDate.now();
		String old = offer((o) -> o.receivedOn(today.minusDays(40)));
		offer((o) -> o.receivedOn(today));
		offer((o) -> o.status("MORE_INFORMATION_REQUESTED").receivedOn(today.minusDays(40)));
		Instant cutoff = today.minusDays(20).atStartOfDay(java.time.ZoneId.of("America/Bogota")).toInstant();
		QueueFilter started = new QueueFilter(null, null, null, null, null, null, false, this.staff, false, null, null,
				null, cutoff, null);
		assertThat(export(started, QueueSort.CLOCK, false)).containsExactly(old);
	}

	private void seven() {
		String[] titles = { "Becas", "Aulas", "Ética", "música", "Zoología", "árboles", "Becas" };
		String[] sectors = { "NGO", "COMPANY", "NGO", "MULTILATERAL", "INSTITUTION", "NGO", "FOREIGN_GOV" };
		String[] statuses = { "RECEIVED", "ACCEPTED", "IN_REVIEW", "RECEIVED", "DECLINED", "WITHDRAWN", "RECEIVED" };
		LocalDate day = LocalDate.of(2026, 3, 2);
		for (int i = 0; i < titles.length; i++) {
			int n = i;
			offer((o) -> o.title(titles[n])
				.organization("Org " + (char) ('G' - n))
				.sector(sectors[n])
				.status(statuses[n])
				.receivedOn(day.plusDays(n % 4))
				.projects((n % 2 == 0) ? new String[] { "SUP-PER-03" } : new String[] { "EFI-0" + (n % 3 + 1) })
				.departments((n % 3 == 0) ? new String[0] : new String[] { "05", "68" }));
		}
	}

	private String offer(java.util.function.UnaryOperator<OfferRows.Spec> spec) {
		return this.rows.offer((o) -> spec.apply(o.assignee(this.staff)));
	}

	private QueueFilter withText(String q) {
		return new QueueFilter(q, null, null, null, null, null, false, this.staff, false, null, null, null, null, null);
	}

	private List<String> forwards(QueueSort sort, boolean descending) {
		List<String> seen = new ArrayList<>();
		QueueSlice page = this.queue.slice(this.mine, sort, descending, QueuePosition.first(), 3);
		seen.addAll(codes(page));
		while (page.hasNext()) {
			page = this.queue.slice(this.mine, sort, descending, QueuePosition.after(seen.get(seen.size() - 1)), 3);
			seen.addAll(codes(page));
		}
		return seen;
	}

	private List<String> backwards(QueueSort sort, boolean descending) {
		List<String> seen = new ArrayList<>();
		QueueSlice page = this.queue.slice(this.mine, sort, descending, QueuePosition.last(), 3);
		List<QueueRow> rows = new ArrayList<>(page.rows());
		Collections.reverse(rows);
		rows.forEach((row) -> seen.add(row.trackingCode()));
		while (page.hasPrevious()) {
			page = this.queue.slice(this.mine, sort, descending, QueuePosition.before(seen.get(seen.size() - 1)), 3);
			rows = new ArrayList<>(page.rows());
			Collections.reverse(rows);
			rows.stream().map(QueueRow::trackingCode).filter((c) -> !seen.contains(c)).forEach(seen::add);
		}
		Collections.reverse(seen);
		return seen;
	}

	private List<String> export(QueueFilter filter, QueueSort sort, boolean descending) {
		List<String> codes = new ArrayList<>();
		this.queue.export(filter, sort, descending, (row) -> codes.add(row.trackingCode()));
		return codes;
	}

	private static List<String> codes(QueueSlice slice) {
		return slice.rows().stream().map(QueueRow::trackingCode).toList();
	}

	private static List<String> union(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
