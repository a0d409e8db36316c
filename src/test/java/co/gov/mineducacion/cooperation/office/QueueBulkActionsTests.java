package co.gov.mineducacion.cooperation.office;

import java.util.List;

import co.gov.mineducacion.cooperation.office.BulkOutcome.Skipped;
import co.gov.mineducacion.cooperation.test.OfferRows;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Bulk actions from the queue: each offer through the same workflow and version check as
 * on its own page, skipped offers reported with the reason, one email per offer whose
 * submitter hears of the move, an audit entry per offer, and back to the same view.
 */
@PortalTest
@WithStaff
class QueueBulkActionsTests {

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
	void assignsTheSelectedOffersAndComesBackToTheSameView() throws Exception {
		long colleague = this.rows.staff("colega@mineducacion.gov.co", "Colega");
		List<String> codes = this.rows.offers(2, (o) -> o.title("Becas " + this.word));
		String untouched = this.rows.offer((o) -> o.title("Becas " + this.word));
		this.mvc
			.perform(bulk("ASSIGN", codes).param("assignTo", String.valueOf(colleague))
				.param("q", this.word)
				.param("sort", "title")
				.param("dir", "asc"))
			.andExpect(redirectedUrl("/admin/offers?q=" + this.word + "&sort=title&dir=asc"))
			.andExpect(flash().attribute("bulkOutcome", new BulkOutcome("admin.queue.bulk.done.assign", 2, List.of())));
		assertThat(assignee(codes.get(0))).isEqualTo(colleague);
		assertThat(assignee(codes.get(1))).isEqualTo(colleague);
		assertThat(assignee(untouched)).isNull();
		assertThat(audited("offer.bulk.assigned", codes.get(0))).containsExactly("assignee=" + colleague);
	}

	@Test
	void unassignsWhenAskedToAssignToNobody() throws Exception {
		long colleague = this.rows.staff("colega@mineducacion.gov.co", "Colega");
		String code = this.rows.offer((o) -> o.assignee(colleague));
		this.mvc.perform(bulk("ASSIGN", List.of(code)).param("assignTo", "NOBODY"))
			.andExpect(flash().attribute("bulkOutcome", new BulkOutcome("admin.queue.bulk.done.assign", 1, List.of())));
		assertThat(assignee(code)).isNull();
	}

	@Test
	void movesWhatTheWorkflowAllowsAndReportsEverySkippedOfferWithTheReason() throws Exception {
		String received = this.rows.offer((o) -> o);
		String accepted = this.rows.offer((o) -> o.status("ACCEPTED"));
		String changed = this.rows.offer((o) -> o);
		MvcResult result = this.mvc
			.perform(post("/admin/offers/bulk").param("operation", "STATUS")
				.param("newStatus", "IN_REVIEW")
				.param("selected", received + ":0", accepted + ":0", changed + ":7")
				.with(csrf()))
			.andExpect(flash().attribute("bulkOutcome",
					new BulkOutcome("admin.queue.bulk.done.status", 1,
							List.of(new Skipped(accepted, "admin.queue.bulk.skipped.notAllowed", "ACCEPTED"),
									new Skipped(changed, "admin.queue.bulk.skipped.changedMeanwhile", null)))))
			.andReturn();
		assertThat(this.rows.status(received)).isEqualTo("IN_REVIEW");
		assertThat(this.rows.status(accepted)).isEqualTo("ACCEPTED");
		assertThat(this.rows.status(changed)).isEqualTo("RECEIVED");
		assertThat(audited("offer.bulk.status-changed", received)).containsExactly("status=IN_REVIEW");
		assertThat(audited("offer.bulk.status-changed", accepted)).isEmpty();
		this.mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(result.getResponse().getCookies()))
			.andExpect(content()
				.string(allOf(containsString("1 oferta cambió de estado."), containsString("Se omitieron 2 ofertas"),
						containsString(accepted), containsString("su estado (Aceptada) no permite ese cambio."),
						containsString("otra persona la cambió mientras usted veía la lista"))));
	}

	@Test
	void sendsEachSubmitterTheOneMessageWithTheirOffersNewStatus() throws Exception {
		List<String> codes = this.rows.offers(2, (o) -> o.status("IN_REVIEW"));
		this.mvc
			.perform(bulk("STATUS", codes).param("newStatus", "MORE_INFORMATION_REQUESTED")
				.param("message", "Envíen el presupuesto detallado, por favor."))
			.andExpect(flash().attribute("bulkOutcome", new BulkOutcome("admin.queue.bulk.done.status", 2, List.of())));
		for (String code : codes) {
			assertThat(this.rows.status(code)).isEqualTo("MORE_INFORMATION_REQUESTED");
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM outbox_message WHERE recipient = ? AND body_text LIKE '%presupuesto detallado%'",
					Integer.class, "contacto+" + code.toLowerCase() + "@example.org"))
				.isEqualTo(1);
			assertThat(this.jdbc.queryForObject(
					"SELECT response_clock_started_at IS NULL FROM offer WHERE tracking_code = ?", Boolean.class, code))
				.isTrue();
		}
	}

	@Test
	void refusesADecisionWithoutAMessageAndMovesNothing() throws Exception {
		String code = this.rows.offer((o) -> o.status("IN_REVIEW"));
		this.mvc.perform(bulk("STATUS", List.of(code)).param("newStatus", "ACCEPTED"))
			.andExpect(flash().attribute("problem", "admin.queue.bulk.messageRequired"));
		assertThat(this.rows.status(code)).isEqualTo("IN_REVIEW");
	}

	@Test
	void asksForASelectionAnActionAValidAssigneeAndAStatusStaffMayChoose() throws Exception {
		String code = this.rows.offer((o) -> o);
		this.mvc.perform(bulk("ASSIGN", List.of()).param("assignTo", "NOBODY"))
			.andExpect(flash().attribute("problem", "admin.queue.bulk.noneSelected"));
		this.mvc.perform(bulk("DELETE", List.of(code)))
			.andExpect(flash().attribute("problem", "admin.queue.bulk.chooseAction"));
		this.mvc.perform(bulk("ASSIGN", List.of(code)).param("assignTo", "999999999"))
			.andExpect(flash().attribute("problem", "admin.queue.bulk.chooseAssignee"));
		this.mvc.perform(bulk("STATUS", List.of(code)).param("newStatus", "WITHDRAWN").param("message", "Adiós"))
			.andExpect(flash().attribute("problem", "admin.queue.bulk.chooseStatus"));
		assertThat(this.rows.status(code)).isEqualTo("RECEIVED");
	}

	private MockHttpServletRequestBuilder bulk(String operation, List<String> codes) {
		MockHttpServletRequestBuilder request = post("/admin/offers/bulk").param("operation", operation).with(csrf());
		codes.forEach((code) -> request.param("selected", code + ":" + this.rows.version(code)));
		return request;
	}

	private Long assignee(String code) {
		return this.jdbc.queryForObject("SELECT assignee_id FROM offer WHERE tracking_code = ?", Long.class, code);
	}

	private List<String> audited(String action, String code) {
		return this.jdbc.queryForList(
				"SELECT details FROM audit_entry WHERE action = ? AND target = ? AND actor = 'analista@mineducacion.gov.co'",
				String.class, action, code);
	}

}
