package co.gov.mineducacion.cooperation.office;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The queue page: every filter, sorting by any column, pages forwards, backwards and to
 * the end, and nonsense in the URL. Each test files offers whose titles share a word of
 * their own and searches for it, so that it only ever sees its own offers.
 */
@PortalTest
@WithStaff
class OfferQueueControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	OfferRows rows;

	String word;

	@BeforeEach
	void ownWord() {
		this.rows = new OfferRows(this.jdbc);
		this.word = "zq" + OfferRows.randomLetters(6);
	}

	@Test
	void filtersByStatusSectorActionTypeProjectAndDepartment() throws Exception {
		String first = offer((o) -> o.sector("NGO").actionTypes("A05").projects("SUP-PER-03").departments("05"));
		String second = offer((o) -> o.status("IN_REVIEW")
			.sector("COMPANY")
			.actionTypes("A06", "A07")
			.projects("EFI-01")
			.departments("68"));
		String national = offer((o) -> o.status("ACCEPTED").sector("MULTILATERAL").national());
		expectOnly(queue("status", "IN_REVIEW"), second, first, national);
		expectOnly(queue("sector", "NGO"), first, second, national);
		expectOnly(queue("actionType", "A07"), second, first, national);
		expectOnly(queue("project", "SUP-PER-03"), first, second, national);
		expectOnly(queue("department", "68"), second, first, national);
		expectOnly(queue("department", "NATIONAL"), national, first, second);
	}

	@Test
	void filtersByAssigneeMeOrNobody() throws Exception {
		long me = this.rows.staff("analista@mineducacion.gov.co", "Analista de prueba");
		long colleague = this.rows.staff("colega@mineducacion.gov.co", "Colega");
		String mine = offer((o) -> o.assignee(me));
		String theirs = offer((o) -> o.assignee(colleague));
		String nobodys = offer((o) -> o);
		expectOnly(queue("assignee", "ME"), mine, theirs, nobodys);
		expectOnly(queue("assignee", "UNASSIGNED"), nobodys, mine, theirs);
		assertThat(rows(page(queue()))).containsExactlyInAnyOrder(mine, theirs, nobodys);
	}

	@Test
	void filtersByTheDayOfReceiptBothDaysIncluded() throws Exception {
		String january = offer((o) -> o.receivedOn(LocalDate.of(2026, 1, 10)));
		String february = offer((o) -> o.receivedOn(LocalDate.of(2026, 2, 10)));
		String march = offer((o) -> o.receivedOn(LocalDate.of(2026, 3, 10)));
		expectOnly(queue("from", "2026-02-01", "to", "2026-02-10"), february, january, march);
		expectOnly(queue("from", "2026-03-10"), march, january, february);
		expectOnly(queue("to", "2026-01-10"), january, february, march);
	}

	@Test
	void findsOverdueOffersAndThoseDueWithinThreeBusinessDays() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
		BusinessCalendar calendar = new BusinessCalendar();
		String overdue = offer((o) -> o.receivedOn(today.minusDays(60)));
		String dueSoon = offer((o) -> o.receivedOn(calendar.plusBusinessDays(today, -13)));
		String onTime = offer((o) -> o.receivedOn(today));
		String waiting = offer((o) -> o.status("MORE_INFORMATION_REQUESTED").receivedOn(today.minusDays(60)));
		expectOnly(queue("clock", "OVERDUE"), overdue, dueSoon, onTime, waiting);
		expectOnly(queue("clock", "DUE_SOON"), dueSoon, overdue, onTime, waiting);
		this.mvc.perform(queue("clock", "OVERDUE"))
			.andExpect(content().string(allOf(containsString("clock--OVERDUE"), containsString("Vencida hace "),
					not(containsString("hace -")))));
	}

	@Test
	void searchesWithoutAccentsInSpanishAndEnglish() throws Exception {
		String libraries = offer((o) -> o.title("Bibliotecas escolares en el Chocó " + this.word)
			.description("School libraries for rural children."));
		String other = offer((o) -> o.title("Aulas " + this.word));
		expectOnly(get("/admin/offers").param("q", this.word + " choco"), libraries, other);
		expectOnly(get("/admin/offers").param("q", this.word + " library"), libraries, other);
	}

	@Test
	void sortsByAnyColumnWithHeaderLinksThatKeepTheFilters() throws Exception {
		String b = offer((o) -> o.title("Becas " + this.word).organization("Zeta").status("ACCEPTED"));
		String a = offer((o) -> o.title("árboles " + this.word).organization("Alfa").status("IN_REVIEW"));
		String c = offer((o) -> o.title("Ciencia " + this.word).organization("Beta"));
		assertThat(rows(page(queue("sort", "title", "dir", "asc")))).containsExactly(a, b, c);
		this.mvc.perform(queue("sort", "title", "dir", "asc"))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("sort=title&amp;dir=desc")))
			.andExpect(content().string(containsString("q=" + this.word + "&amp;sort=organization&amp;dir=asc")));
		this.mvc.perform(queue("sort", "title", "dir", "desc"))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
		assertThat(rows(page(queue("sort", "title", "dir", "desc")))).containsExactly(c, b, a);
		assertThat(rows(page(queue("sort", "organization")))).containsExactly(a, c, b);
		assertThat(rows(page(queue("sort", "status")))).containsExactly(c, a, b);
	}

	@Test
	void pagesForwardBackwardAndToTheLastPage() throws Exception {
		LocalDate day = LocalDate.of(2026, 1, 5);
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			int n = i;
			codes.add(offer((o) -> o.receivedOn(day.plusDays(n))));
		}
		List<String> newestFirst = codes.reversed();
		String first = page(queue());
		assertThat(rows(first)).isEqualTo(newestFirst.subList(0, 25));
		assertThat(links(first)).containsExactly("next");
		String second = page(get(link(first, "next")));
		assertThat(rows(second)).isEqualTo(newestFirst.subList(25, 30));
		assertThat(links(second)).containsExactly("prev");
		String back = page(get(link(second, "prev")));
		assertThat(rows(back)).isEqualTo(newestFirst.subList(0, 25));
		// The last page holds the last 25 offers, in the same order as every other page.
		String last = page(get(link(first, "last")));
		assertThat(rows(last)).isEqualTo(newestFirst.subList(5, 30));
		assertThat(links(last)).containsExactly("prev");
		String all = page(queue("size", "50"));
		assertThat(rows(all)).isEqualTo(newestFirst);
		assertThat(all).contains("30 ofertas");
	}

	@Test
	void ignoresNonsenseInTheUrl() throws Exception {
		String code = offer((o) -> o);
		this.mvc
			.perform(queue("status", "LOST", "size", "abc", "from", "yesterday", "to", "2026-13-45", "sort",
					"title;drop", "dir", "up", "after", "nothing", "clock", "soon", "department", "XX", "assignee",
					"everyone", "project", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), not(containsString("<script>")))));
	}

	@Test
	@WithAnonymousUser
	void sendsVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/offers")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/offers/export.csv")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "ciudadano@example.org", roles = "CITIZEN")
	void refusesTheQueueItsExportAndBulkActionsToAnyoneWhoIsNotStaff() throws Exception {
		this.mvc.perform(get("/admin/offers/export.csv")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/offers/bulk").param("operation", "EXPORT").with(csrf()))
			.andExpect(status().isForbidden());
	}

	private String offer(java.util.function.UnaryOperator<OfferRows.Spec> spec) {
		return this.rows.offer((o) -> spec.apply(o.title("Oferta " + this.word)));
	}

	private MockHttpServletRequestBuilder queue(String... parameters) {
		MockHttpServletRequestBuilder request = get("/admin/offers").param("q", this.word);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request;
	}

	private void expectOnly(MockHttpServletRequestBuilder request, String shown, String... hidden) throws Exception {
		assertThat(rows(page(request))).containsExactly(shown).doesNotContain(hidden);
	}

	/**
	 * The filing numbers of the table's rows, in order.
	 */
	private static List<String> rows(String page) {
		return Pattern.compile("aria-label=\"Seleccionar la oferta ([^\"]+)\"")
			.matcher(page)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String link(String page, String which) {
		Matcher link = Pattern
			.compile("<a href=\"([^\"]+)\"" + (which.equals("last") ? "" : " rel=\"" + which + "\"") + "[^>]*>"
					+ (which.equals("last") ? "Última página" : ""))
			.matcher(page);
		assertThat(link.find()).as("a %s link", which).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	private static List<String> links(String page) {
		return Pattern.compile("<a [^>]*rel=\"(\\w+)\"").matcher(page).results().map((m) -> m.group(1)).toList();
	}

}
