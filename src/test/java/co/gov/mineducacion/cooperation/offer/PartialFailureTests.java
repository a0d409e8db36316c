package co.gov.mineducacion.cooperation.offer;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static co.gov.mineducacion.cooperation.offer.OfferFixtures.fromNewClient;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.uniqueEmail;
import static co.gov.mineducacion.cooperation.offer.OfferFixtures.validOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Filing an offer writes the offer, its authorisation, history, documents and
 * confirmation email in one transaction: when the database refuses any later step, none
 * of the earlier ones is stored, and the chosen document is still held for another try.
 * The refusal is a trigger this test adds for its own submission only.
 */
@PortalTest
class PartialFailureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDocumentTheDatabaseRefusesLeavesNoOfferAndNoEmail() throws Exception {
		String email = uniqueEmail();
		String fileName = "rechazado-" + UUID.randomUUID() + ".pdf";
		String formToken = UUID.randomUUID().toString();
		this.mvc
			.perform(validOffer(multipart("/offers"), email, "formToken", formToken)
				.file(new MockMultipartFile("attachments", fileName, "application/pdf", Documents.pdf()))
				.param("step", "review")
				.with(csrf())
				.with(fromNewClient()))
			.andExpect(status().isOk());

		refuseInsertsInto("offer_attachment", "NEW.file_name = '" + fileName + "'", () -> assertThatException()
			.isThrownBy(() -> this.mvc.perform(
					validOffer(post("/offers"), email, "formToken", formToken).with(csrf()).with(fromNewClient()))));

		assertNothingStoredFor(email);
		assertThat(count("SELECT count(*) FROM staged_upload WHERE form_token = ?", formToken))
			.as("the document stays held for another try")
			.isEqualTo(1);
	}

	@Test
	void anEmailThatCannotBeQueuedLeavesNoOffer() throws Exception {
		String email = uniqueEmail();
		refuseInsertsInto("outbox_message", "NEW.recipient = '" + email + "'", () -> assertThatException()
			.isThrownBy(() -> this.mvc.perform(validOffer(post("/offers"), email).with(csrf()).with(fromNewClient()))));

		assertNothingStoredFor(email);
	}

	private void assertNothingStoredFor(String email) {
		assertThat(count("SELECT count(*) FROM offer WHERE contact_email = ?", email)).as("offers").isZero();
		assertThat(count("SELECT count(*) FROM outbox_message WHERE recipient = ?", email)).as("emails").isZero();
	}

	/**
	 * Runs {@code action} while the database refuses inserts into {@code table} that
	 * match {@code condition}, as a failing disk or a constraint would.
	 */
	private void refuseInsertsInto(String table, String condition, Runnable action) {
		String trigger = "tr_refuse_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.execute("""
				CREATE FUNCTION refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    RAISE EXCEPTION 'refused for a test' USING ERRCODE = 'check_violation';
				END $$""");
		this.jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON " + table + " FOR EACH ROW WHEN ("
				+ condition + ") EXECUTE FUNCTION refuse_for_test()");
		try {
			action.run();
		}
		finally {
			this.jdbc.execute("DROP TRIGGER " + trigger + " ON " + table);
			this.jdbc.execute("DROP FUNCTION refuse_for_test()");
		}
	}

	private int count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Integer.class, arguments);
	}

}
