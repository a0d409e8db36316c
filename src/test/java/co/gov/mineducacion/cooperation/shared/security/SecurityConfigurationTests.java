package co.gov.mineducacion.cooperation.shared.security;

import co.gov.mineducacion.cooperation.test.WithStaff;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class SecurityConfigurationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sendsAnonymousVisitorsOfTheAdminAreaToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/offers")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void refusesTheAdminAreaToAnyoneWhoIsNotStaff() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isForbidden());
	}

	@Test
	void showsTheSignInFormWithItsCsrfToken() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	@WithStaff
	void letsStaffIntoTheWorkspace() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/offers")).andExpect(status().isOk());
	}

	@Test
	void refusesAStateChangingRequestWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/strategic-projects")).andExpect(status().isForbidden());
		this.mvc.perform(post("/strategic-projects").with(csrf())).andExpect(status().is4xxClientError());
	}

	@Test
	void sendsProtectiveHeadersOnEveryPage() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void publishesOnlyTheHealthProbes() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/info")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/env")).andExpect(redirectedUrl("/login"));
	}

}
