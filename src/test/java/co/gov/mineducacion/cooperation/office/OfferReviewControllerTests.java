package co.gov.mineducacion.cooperation.office;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.WithStaff;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@WithStaff
class OfferReviewControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsOffersWithTheirResponseClockAndFindsThemByText() throws Exception {
		String code = fileOffer("Huertas escolares en el Chocó");
		this.mvc.perform(get("/admin/offers").param("q", "huertas choco"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Huertas escolares en el Chocó"),
					containsString("días hábiles"))));
		this.mvc.perform(get("/admin/offers").param("q", "school gardens astronauts"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));
	}

	@Test
	void filtersTheQueueByStatusInTheUrl() throws Exception {
		String code = fileOffer("Aulas digitales");
		this.mvc.perform(get("/admin/offers").param("status", "ACCEPTED"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));
		this.mvc.perform(get("/admin/offers").param("status", "RECEIVED").param("size", "100"))
			.andExpect(status().isOk());
	}

	@Test
	void reviewsAnOfferAndAsksForMoreInformationWhichIsEmailed() throws Exception {
		String code = fileOffer("Bibliotecas móviles");
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
		assertThat(statusOf(code)).isEqualTo("MORE_INFORMATION_REQUESTED");
		assertThat(
				this.jdbc.queryForObject(
						"SELECT count(*) FROM outbox_message m JOIN offer o ON o.contact_email = m.recipient "
								+ "WHERE o.tracking_code = ? AND m.subject LIKE '%cambió de estado%'",
						Integer.class, code))
			.isEqualTo(1);
	}

	@Test
	void refusesADecisionWithoutAMessage() throws Exception {
		String code = fileOffer("Becas");
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", version(code)).with(csrf()));
		this.mvc.perform(post("/admin/offers/" + code + "/accept").param("version", version(code)).with(csrf()))
			.andExpect(flash().attribute("problem", "office.offer.messageRequired"));
		assertThat(statusOf(code)).isEqualTo("IN_REVIEW");
	}

	@Test
	void refusesAMoveTheWorkflowDoesNotAllow() throws Exception {
		String code = fileOffer("Tabletas");
		this.mvc
			.perform(post("/admin/offers/" + code + "/accept").param("version", version(code))
				.param("message", "Bienvenidos")
				.with(csrf()))
			.andExpect(flash().attribute("problem", "office.offer.notAllowed"));
		assertThat(statusOf(code)).isEqualTo("RECEIVED");
	}

	@Test
	void tellsTheSecondOfTwoColleaguesThatTheOfferChangedMeanwhile() throws Exception {
		String code = fileOffer("Conectividad rural");
		String seen = version(code);
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", seen).with(csrf()));
		this.mvc.perform(post("/admin/offers/" + code + "/start-review").param("version", seen).with(csrf()))
			.andExpect(flash().attribute("problem", "office.offer.changedMeanwhile"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM offer_event e JOIN offer o ON o.id = e.offer_id WHERE o.tracking_code = ? "
						+ "AND e.kind = 'REVIEW_STARTED'",
				Integer.class, code))
			.isEqualTo(1);
	}

	@Test
	void answersAnUnknownOfferOrMoveWithNotFound() throws Exception {
		this.mvc.perform(get("/admin/offers/CO-2026-2222-2222")).andExpect(status().isNotFound());
		String code = fileOffer("Movilidad");
		this.mvc.perform(post("/admin/offers/" + code + "/delete").param("version", version(code)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsInternalNotesFromTheSubmitter() throws Exception {
		String code = fileOffer("Formación docente");
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
	}

	@Test
	void letsStaffDownloadADocumentAsAnAttachmentWithItsRealType() throws Exception {
		String code = fileOffer("Laboratorios");
		Long offerId = this.jdbc.queryForObject("SELECT id FROM offer WHERE tracking_code = ?", Long.class, code);
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"INSERT INTO offer_attachment (public_id, offer_id, file_name, media_type, size_bytes, sha256, "
						+ "content, uploaded_at) VALUES (?, ?, 'plan.pdf', 'application/pdf', 4, ?, ?, now())",
				id, offerId, "0".repeat(64), "%PDF".getBytes());
		this.mvc.perform(get("/admin/offers/" + code + "/documents/" + id))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "application/pdf"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")));
		this.mvc.perform(get("/admin/offers/" + code + "/documents/" + UUID.randomUUID()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/offers/" + fileOffer("Otra") + "/documents/" + id))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "ciudadano@example.org", roles = "CITIZEN")
	void refusesTheQueueToAnyoneWhoIsNotStaff() throws Exception {
		this.mvc.perform(get("/admin/offers")).andExpect(status().isForbidden());
	}

	private String fileOffer(String title) throws Exception {
		String email = "c+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return (String) this.mvc.perform(post("/offers").param("organizationName", "Fundación Prueba")
			.param("sector", "NGO")
			.param("country", "CO")
			.param("contactName", "Ana")
			.param("contactEmail", email)
			.param("title", title)
			.param("description", "Descripción de " + title)
			.param("actionTypes", "A05")
			.param("consent", "true")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.200." + (email.hashCode() & 255) + "." + ((email.hashCode() >> 8) & 255));
				return request;
			})).andReturn().getFlashMap().get("trackingCode");
	}

	private String version(String code) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM offer WHERE tracking_code = ?", Long.class, code));
	}

	private String statusOf(String code) {
		return this.jdbc.queryForObject("SELECT status FROM offer WHERE tracking_code = ?", String.class, code);
	}

}
