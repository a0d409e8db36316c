package co.gov.mineducacion.cooperation.shared.web;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import co.gov.mineducacion.cooperation.test.WithStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same hostile input in the office's pages and the sign-in: the binding layer drops
 * control characters from every text input, dates outside 2000–2100 and addresses without
 * a public domain name are refused beside their field, and nothing answers 500.
 */
@PortalTest
class HostileAdminInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithStaff
	void aNulByteInTheQueueSearchIsDropped() throws Exception {
		this.mvc.perform(get("/admin/offers").param("q", "bilingüismo\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"bilingüismo\"")));
		this.mvc.perform(get("/admin/offers/export.csv").param("q", "\u0000")).andExpect(status().isOk());
	}

	@Test
	@WithStaff
	void aQueueDayPostgresCannotHoldIsIgnoredLikeAnyOtherNonsense() throws Exception {
		this.mvc.perform(get("/admin/offers").param("from", "+999999999-12-31").param("to", "-999999999-01-01"))
			.andExpect(status().isOk());
	}

	@Test
	@WithAdmin
	void theAuditFiltersRefuseADayOutOfRangeAndDropControlCharacters() throws Exception {
		this.mvc.perform(get("/admin/audit").param("from", "+999999999-12-31").param("actor", "jefa\u0000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("auditFilter", "from", "PlausibleDate"))
			.andExpect(content().string(containsString("Escriba una fecha entre los años 2000 y 2100.")));
	}

	@Test
	@WithAdmin
	void aDataRequestNeedsAPlausibleDayAndAPublicAddress() throws Exception {
		this.mvc
			.perform(post("/admin/data-requests/new").param("kind", "CONSULT")
				.param("receivedOn", "-999999999-01-01")
				.param("requesterName", "Ana\u0000 Restrepo")
				.param("requesterEmail", "ana@[127.0.0.1]")
				.param("description", "Consulta\u0000")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("dataRequestForm", "receivedOn", "PlausibleDate"))
			.andExpect(model().attributeHasFieldErrorCode("dataRequestForm", "requesterEmail", "PublicEmail"))
			.andExpect(content().string(containsString("value=\"Ana Restrepo\"")));
	}

	@Test
	@WithAdmin
	void aStaffInvitationNeedsAPublicAddress() throws Exception {
		this.mvc
			.perform(post("/admin/staff/new").param("email", "ana@localhost")
				.param("displayName", "Ana")
				.param("role", "STAFF")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("inviteForm", "email", "PublicEmail"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_account WHERE email = 'ana@localhost'",
				Integer.class))
			.isZero();
	}

	@Test
	void aNulByteInTheSignInIsAWrongPasswordNotAnError() throws Exception {
		this.mvc
			.perform(post("/login").param("username", "jefa\u0000@mineducacion.gov.co")
				.param("password", "x\u0000")
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?error"));
	}

}
