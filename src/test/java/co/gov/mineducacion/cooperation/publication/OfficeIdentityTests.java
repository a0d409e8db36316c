package co.gov.mineducacion.cooperation.publication;

import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's identity settings: nothing is published until an ADMIN fills it in, then
 * every footer shows it in both languages, the publication checklist counts it, and the
 * change is validated, version-checked and audited. The settings are emptied after each
 * test.
 */
@PortalTest
@WithAdmin
class OfficeIdentityTests {

	private static final String JUDICIAL = "notificacionesjudiciales@prueba.gov.co";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PublicationChecklist checklist;

	@AfterEach
	void emptyTheSettings() {
		this.jdbc.update("UPDATE office_identity SET postal_code = NULL, opening_hours_es = NULL, "
				+ "opening_hours_en = NULL, institutional_email = NULL, judicial_email = NULL, "
				+ "transparency_url = NULL, citizen_service_url = NULL, participation_url = NULL");
		Caches.clearAll(this.caches);
	}

	@Test
	void theFooterLeavesOutWhatIsNotFilledInAndShowsItOnceAnAdminFillsItIn() throws Exception {
		long readyBefore = this.checklist.checklist().ready();
		int total = this.checklist.checklist().total();
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("Calle 43 No. 57-14"), containsString("222 4953"),
					not(containsString("Correo para notificaciones judiciales")), not(containsString("código postal")),
					not(containsString("Horario de atención")), not(containsString(">Participa</a>")))));
		this.mvc.perform(get("/").header("Accept-Language", "en"))
			.andExpect(content().string(allOf(not(containsString("Email for judicial notifications")),
					not(containsString("Opening hours")))));

		this.mvc
			.perform(settings("postalCode", "110311", "openingHoursEs", "Lunes a viernes, de 8:00 a. m. a 5:00 p. m.",
					"openingHoursEn", "Monday to Friday, 8 a.m. to 5 p.m.", "judicialEmail", JUDICIAL,
					"participationUrl", "https://www.prueba.gov.co/participa"))
			.andExpect(redirectedUrl(OfficeIdentityController.PATH))
			.andExpect(flash().attribute("notice", "publication.identity.saved"));

		this.mvc.perform(get("/contact"))
			.andExpect(content().string(allOf(containsString("código postal 110311"),
					containsString("Horario de atención al público</span>:"),
					containsString("Lunes a viernes, de 8:00 a. m. a 5:00 p. m."),
					containsString("Correo para notificaciones judiciales"),
					containsString("<a href=\"mailto:" + JUDICIAL + "\">" + JUDICIAL + "</a>"),
					containsString("<a href=\"https://www.prueba.gov.co/participa\">Participa</a>"),
					not(containsString("Transparencia y acceso")))));
		this.mvc.perform(get("/how-to-cooperate").header("Accept-Language", "en"))
			.andExpect(content().string(
					allOf(containsString("postal code 110311"), containsString("Monday to Friday, 8 a.m. to 5 p.m."),
							containsString("Email for judicial notifications"), containsString(">Participate</a>"))));

		assertThat(this.checklist.checklist().ready()).as("postal code, hours, judicial email, Participa")
			.isEqualTo(readyBefore + 4);
		this.mvc.perform(get("/admin/publication"))
			.andExpect(content().string(containsString((readyBefore + 4) + " de " + total + " elementos listos")));
		this.mvc.perform(get("/admin"))
			.andExpect(content().string(allOf(containsString((readyBefore + 4) + " de " + total + " elementos listos"),
					containsString("href=\"/admin/publication\""))));
		assertThat(this.jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = "
				+ "'publication.identity.changed' ORDER BY id DESC LIMIT 1", String.class))
			.isEqualTo("postalCode, openingHours, judicialEmail, participationUrl");
	}

	@Test
	void refusesMalformedSettingsBesideTheirFieldsAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(settings("postalCode", "11-03", "institutionalEmail", "oficina@mineducacion", "transparencyUrl",
					"http://www.prueba.gov.co/transparencia", "openingHoursEs", "Lunes a viernes"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"postalCode-error\""),
					containsString("Escriba los seis dígitos del código postal."),
					containsString("id=\"institutionalEmail-error\""), containsString("id=\"transparencyUrl-error\""),
					containsString("Escriba la dirección completa, empezando por https://"),
					containsString("id=\"openingHoursEn-error\""), containsString("también en inglés"),
					containsString("value=\"11-03\""), containsString("value=\"oficina@mineducacion\""))));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM office_identity WHERE postal_code IS NOT NULL "
				+ "OR institutional_email IS NOT NULL OR opening_hours_es IS NOT NULL", Integer.class))
			.isZero();
	}

	@Test
	void refusesAChangeMadeOnAnOlderVersion() throws Exception {
		long version = version();
		this.mvc.perform(settings("postalCode", "110311")).andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(OfficeIdentityController.PATH).param("version", Long.toString(version))
				.param("postalCode", "110911")
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("Otra persona guardó cambios"), containsString("value=\"110911\""))));
		assertThat(this.jdbc.queryForObject("SELECT postal_code FROM office_identity", String.class))
			.isEqualTo("110311");
	}

	@Test
	@WithStaff
	void staffMayNotChangeTheSettings() throws Exception {
		this.mvc.perform(get(OfficeIdentityController.PATH)).andExpect(status().isForbidden());
		this.mvc.perform(settings("postalCode", "110311")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin")).andExpect(content().string(not(containsString("elementos listos"))));
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get(ChecklistController.PATH)).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder settings(String... fields) {
		MockHttpServletRequestBuilder request = post(OfficeIdentityController.PATH)
			.param("version", Long.toString(version()))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM office_identity", Long.class);
	}

}
