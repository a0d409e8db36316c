package co.gov.mineducacion.cooperation.audit;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void recordsSignInsAndFailuresWithoutThePassword() throws Exception {
		String email = "auditada+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("""
				INSERT INTO staff_account (email, display_name, password_hash, role, created_at)
				VALUES (?, 'Auditada', ?, 'STAFF', now())""", email,
				this.passwords.encode("clave-correcta-2026-larga"));

		this.mvc.perform(formLogin("/login").user(email).password("clave-equivocada-999"));
		this.mvc.perform(formLogin("/login").user(email).password("clave-correcta-2026-larga"));

		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ? ORDER BY id", String.class,
				email))
			.containsExactly("staff.sign-in-failed", "staff.signed-in");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE coalesce(details, '') LIKE '%clave-%'", Integer.class))
			.isZero();
	}

	@Test
	@WithAdmin
	void showsAdminsWhoDidWhatFilteredByPersonAndAction() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		this.log.recordAs("ana+" + marker + "@mineducacion.gov.co", "staff.invited", "nuevo@mineducacion.gov.co", null);
		this.log.recordAs("beto+" + marker + "@mineducacion.gov.co", "staff.deactivated", "viejo@mineducacion.gov.co",
				null);

		this.mvc.perform(get("/admin/audit").param("actor", "ana+" + marker))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ana+" + marker), containsString("Invitó a una persona"),
					not(containsString("beto+" + marker)))));
		this.mvc.perform(get("/admin/audit").param("action", "staff.deactivated").param("lang", "en"))
			.andExpect(content().string(allOf(containsString("beto+" + marker),
					containsString("Deactivated an account"), not(containsString("ana+" + marker)))));
	}

	@Test
	@WithAdmin
	void pagesThroughOlderEntriesKeepingTheFilters() throws Exception {
		String actor = "paginas+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		for (int i = 1; i <= AuditQueries.PAGE_SIZE + 10; i++) {
			this.log.recordAs(actor, "staff.reactivated", "cuenta-" + i, null);
		}
		MvcResult first = this.mvc.perform(get("/admin/audit").param("actor", actor)).andReturn();
		String page = first.getResponse().getContentAsString();
		assertThat(page).contains(">cuenta-60<", ">cuenta-11<").doesNotContain(">cuenta-10<");

		String older = page.replaceAll("(?s).*href=\"([^\"]*before=[^\"]*)\" rel=\"next\".*", "$1")
			.replace("&amp;", "&");
		assertThat(older).contains("actor=paginas");
		String second = this.mvc.perform(get(java.net.URI.create(older)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains(">cuenta-10<", ">cuenta-1<")
			.doesNotContain(">cuenta-11<")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	@WithAdmin
	void reportsADayItCannotReadBesideTheField() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "ayer"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"from-error\""), containsString("value=\"ayer\""))));
	}

	@Test
	@WithStaff
	void isForAdminsOnly() throws Exception {
		this.mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
	}

	@Test
	void neverRewritesAnEntry() {
		this.log.recordAs(AuditLog.SYSTEM, "staff.invited", "x", null);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE audit_entry SET actor = 'otra persona'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM audit_entry"));
	}

}
