package co.gov.mineducacion.cooperation.staff;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An ADMIN who deactivates a colleague or resets their password ends every session the
 * colleague has open at that moment, and the move is in the audit log.
 */
@PortalTest
class StaffSessionsTests {

	private static final String PASSWORD = "una-clave-larga-para-sesiones-2026";

	private static final String ADMIN = "jefa@mineducacion.gov.co";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void deactivatingAColleagueEndsTheSessionsTheyHaveOpen() throws Exception {
		String email = colleague();
		Cookie first = signIn(email);
		Cookie second = signIn(email);

		this.mvc.perform(post("/admin/staff/" + idOf(email) + "/deactivate").with(SignedIn.admin(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));

		this.mvc.perform(get("/admin").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").cookie(second)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(email)).isZero();
		assertThat(audited("staff.deactivated", email)).isEqualTo(1);
	}

	@Test
	void resettingAColleaguesPasswordEndsTheirSessionsToo() throws Exception {
		String email = colleague();
		Cookie session = signIn(email);

		this.mvc
			.perform(post("/admin/staff/" + idOf(email) + "/reset-password").with(SignedIn.admin(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));

		this.mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(email)).isZero();
		assertThat(audited("staff.password-reset", email)).isEqualTo(1);
	}

	@Test
	void reactivatingAndInvitingAreAuditedAndLeaveOtherPeoplesSessionsAlone() throws Exception {
		String email = colleague();
		String bystander = colleague();
		Cookie bystanders = signIn(bystander);

		this.mvc.perform(post("/admin/staff/" + idOf(email) + "/deactivate").with(SignedIn.admin(ADMIN)).with(csrf()));
		this.mvc.perform(post("/admin/staff/" + idOf(email) + "/reactivate").with(SignedIn.admin(ADMIN)).with(csrf()));
		String invited = "nueva+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.mvc
			.perform(post("/admin/staff/new").param("email", invited)
				.param("displayName", "Persona Nueva")
				.param("role", "STAFF")
				.with(SignedIn.admin(ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/staff"));

		assertThat(audited("staff.reactivated", email)).isEqualTo(1);
		assertThat(audited("staff.invited", invited)).isEqualTo(1);
		this.mvc.perform(get("/admin").cookie(bystanders)).andExpect(status().isOk());
	}

	@Test
	void aSessionLapsesAfterThirtyMinutesWithoutARequest() throws Exception {
		String email = colleague();
		signIn(email);

		assertThat(this.jdbc.queryForObject(
				"SELECT max(max_inactive_interval) FROM spring_session WHERE principal_name = ?", Integer.class, email))
			.isEqualTo(30 * 60);
	}

	@Test
	void signingOutOverHttpsTellsTheBrowserToForgetWhatItKept() throws Exception {
		String email = colleague();
		Cookie session = signIn(email);

		this.mvc.perform(post("/logout").secure(true).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/login?signedOut"))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"storage\""));
		this.mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void everyWorkspacePageOffersSignOut() throws Exception {
		String admin = colleague("ADMIN");
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				info.getPatternValues()
					.stream()
					.filter((path) -> path.startsWith("/admin") && !path.contains("{") && !path.endsWith(".csv")
							&& !path.endsWith("/recovery-codes"))
					.forEach(pages::add);
			}
		}
		assertThat(pages).contains("/admin", "/admin/offers", "/admin/staff", "/admin/account/security");
		for (String page : pages) {
			MockHttpServletResponse response = this.mvc.perform(get(page).with(SignedIn.admin(admin)))
				.andReturn()
				.getResponse();
			if (response.getStatus() == 302) {
				// A section's index forwards to its first page, itself in the list.
				assertThat(response.getRedirectedUrl()).as(page).startsWith("/admin/");
				continue;
			}
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(response.getContentAsString()).as(page).contains("<form method=\"post\" action=\"/logout\"");
		}
	}

	private String colleague() {
		return colleague("STAFF");
	}

	private String colleague(String role) {
		String email = "colega+" + UUID.randomUUID().toString().substring(0, 8) + "@mineducacion.gov.co";
		this.jdbc.update("""
				INSERT INTO staff_account (email, display_name, password_hash, role, created_at)
				VALUES (?, 'Colega', ?, ?, now())""", email, this.passwords.encode(PASSWORD), role);
		return email;
	}

	private Cookie signIn(String email) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", email).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
		return session;
	}

	private Long idOf(String email) {
		return this.jdbc.queryForObject("SELECT id FROM staff_account WHERE email = ?", Long.class, email);
	}

	private int sessionsOf(String email) {
		return this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				email);
	}

	private int audited(String action, String target) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = ? AND target = ? AND actor = ?", Integer.class, action,
				target, ADMIN);
	}

}
