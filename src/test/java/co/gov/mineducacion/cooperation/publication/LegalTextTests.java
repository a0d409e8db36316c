package co.gov.mineducacion.cooperation.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.KeptPages;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The four policies: each on its own page in both languages with its version and date,
 * linked from every footer; ADMINs reword them, which raises the version, dates it today,
 * is audited and refuses a change made on an older version; the stored text is never
 * HTML.
 */
@PortalTest
class LegalTextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@ParameterizedTest
	@CsvSource({
			"/terms, TERMS, Términos y condiciones de uso, Terms and conditions of use, Ley aplicable, Governing law",
			"/personal-data-policy, PERSONAL_DATA_POLICY, Política de tratamiento de datos personales, Personal data processing policy, "
					+ "diez (10) días hábiles, ten (10) business days",
			"/copyright, COPYRIGHT, Derechos de autor y autorización de uso, Copyright and authorisation of use, "
					+ "Creative Commons Atribución 4.0 Internacional (CC BY 4.0), "
					+ "Creative Commons Attribution 4.0 International (CC BY 4.0)",
			"/accessibility, ACCESSIBILITY, Declaración de accesibilidad, Accessibility statement, NTC 5854, axe-core" })
	void eachPolicyHasItsPageInBothLanguagesWithItsVersionAndDate(String path, String code, String titleEs,
			String titleEn, String textEs, String textEn) throws Exception {
		Map<String, Object> stored = this.jdbc.queryForMap("SELECT revision, revised_on FROM legal_text WHERE code = ?",
				code);
		LocalDate revisedOn = ((java.sql.Date) stored.get("revised_on")).toLocalDate();
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>" + titleEs + "</h1>"), containsString(textEs),
					containsString("Versión " + stored.get("revision") + ", del " + spanish(revisedOn)),
					containsString("Última actualización"), containsString("datetime=\"" + revisedOn + "\""),
					containsString("href=\"" + path + "\""), not(containsString("??")))));
		this.mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("<h1>" + titleEn + "</h1>"), containsString(textEn),
					containsString("Version " + stored.get("revision") + ", of "), containsString("Last updated"),
					not(containsString("??")))));
	}

	@Test
	void thePersonalDataPolicyNamesTheControllersChannelsFromTheContactChannels() throws Exception {
		this.mvc.perform(get("/personal-data-policy"))
			.andExpect(content().string(allOf(containsString("Responsable y canales de atención"),
					containsString("Calle 43 No. 57-14 - CAN Bogotá D.C. - Colombia"), containsString("(571) 222 2800"),
					containsString("quince (15) días hábiles"), containsString("Decreto 1377 de 2013"),
					containsString("href=\"/privacy\""))));
		this.mvc.perform(get("/privacy"))
			.andExpect(content().string(allOf(containsString("href=\"/personal-data-policy\""),
					containsString("Lea la política completa de tratamiento de datos personales"))));
	}

	@Test
	@WithAdmin
	void anAdminsRewordingRaisesTheVersionDatesItTodayAndIsAuditedButNeverHtml() throws Exception {
		Map<String, Object> before = this.jdbc.queryForMap("SELECT * FROM legal_text WHERE code = 'COPYRIGHT'");
		try {
			Caches.clearAll(this.caches);
			KeptPages.rendered(this.mvc, "/copyright");
			assertThat(KeptPages.fromCache(this.mvc, "/copyright")).as("kept until a rewording")
				.doesNotContain("Uso libre");
			this.mvc.perform(get("/admin/publication/texts/copyright"))
				.andExpect(content().string(allOf(containsString("Vigente: versión " + before.get("revision")),
						containsString("name=\"bodyEs\""))));
			this.mvc
				.perform(post("/admin/publication/texts/copyright").param("version", before.get("version").toString())
					.param("bodyEs", "<script>alert(1)</script>\n\n## Uso libre\n- Cite la fuente.")
					.param("bodyEn", "Plain text.")
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/publication"))
				.andExpect(flash().attribute("notice", "publication.text.saved"));

			Map<String, Object> after = this.jdbc
				.queryForMap("SELECT revision, revised_on FROM legal_text WHERE code = 'COPYRIGHT'");
			assertThat(after.get("revision")).isEqualTo((Integer) before.get("revision") + 1);
			assertThat(after.get("revised_on").toString()).isEqualTo(LocalDate.now(Colombia.TIME_ZONE).toString());
			assertThat(KeptPages.rendered(this.mvc, "/copyright")).as("the rewording empties the kept page")
				.contains("<h2>Uso libre</h2>");
			this.mvc.perform(get("/copyright"))
				.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
						not(containsString("<script>alert(1)")), containsString("<h2>Uso libre</h2>"),
						containsString("<li>Cite la fuente.</li>"),
						containsString("Versión " + after.get("revision") + ", del "))));
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = "
					+ "'publication.text.reworded' AND target = 'COPYRIGHT'", Integer.class))
				.isOne();

			this.mvc
				.perform(post("/admin/publication/texts/copyright").param("version", before.get("version").toString())
					.param("bodyEs", "Otro texto")
					.param("bodyEn", "Another text")
					.with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content()
					.string(allOf(containsString("Otra persona guardó cambios"), containsString("Otro texto"))));
			this.mvc
				.perform(post("/admin/publication/texts/copyright").param("version", "0")
					.param("bodyEs", " ")
					.param("bodyEn", "Text")
					.with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(
						allOf(containsString("id=\"bodyEs-error\""), containsString("Escriba el texto en español."))));
		}
		finally {
			this.jdbc.update(
					"UPDATE legal_text SET body_es = ?, body_en = ?, revision = ?, revised_on = ? WHERE code = 'COPYRIGHT'",
					before.get("body_es"), before.get("body_en"), before.get("revision"), before.get("revised_on"));
			Caches.clearAll(this.caches);
		}
	}

	@Test
	@WithAdmin
	void anAddressNamingNoPolicyIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/publication/texts/cookies")).andExpect(status().isNotFound());
	}

	@Test
	@WithStaff
	void staffMayNotRewordAPolicy() throws Exception {
		this.mvc.perform(get("/admin/publication/texts/terms")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/publication/texts/terms").param("version", "0")
				.param("bodyEs", "x")
				.param("bodyEn", "x")
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static String spanish(LocalDate date) {
		return DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Languages.SPANISH).format(date);
	}

}
