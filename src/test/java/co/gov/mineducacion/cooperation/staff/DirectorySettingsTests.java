package co.gov.mineducacion.cooperation.staff;

import java.util.List;
import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.WithAdmin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Directory sign-in is off where no provider is registered (as in every other test), and
 * ADMINs set the domains whose people get an account at their first directory sign-in.
 */
@PortalTest
class DirectorySettingsTests {

	private static final String PATH = "/admin/staff/directory";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryAccounts directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutARegisteredProviderNothingOfTheDirectoryRunsAndTheSignInPageHasNoButton() throws Exception {
		assertThat(this.context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
		assertThat(this.context.getBeanNamesForType(OAuth2UserService.class)).isEmpty();
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/oauth2/authorization"))));
		this.mvc.perform(get("/oauth2/authorization/ministerio")).andExpect(status().isNotFound());
	}

	@Test
	void aDirectoryRefusalIsExplainedOnTheSignInPageAndAnUnknownCodeIsNot() throws Exception {
		this.mvc.perform(get("/login").param("directory", "portal_deactivated"))
			.andExpect(content().string(containsString("Su cuenta del portal está desactivada")));
		this.mvc.perform(get("/login").param("directory", "<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No pudimos iniciar la sesión con el directorio")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	@WithAdmin
	void anAdminAllowsDomainsAndTheChangeIsAudited() throws Exception {
		AllowedDomains before = this.directory.allowedDomains();
		String domain = "sede-" + UUID.randomUUID().toString().substring(0, 6) + ".gov.co";
		this.mvc.perform(get(PATH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no está configurado en este servidor")));
		this.mvc
			.perform(post(PATH).param("domains", "MinEducacion.gov.co\n" + domain + ", mineducacion.gov.co")
				.param("version", String.valueOf(before.version()))
				.with(csrf()))
			.andExpect(redirectedUrl(PATH))
			.andExpect(flash().attribute("notice", "staff.directory.saved"));
		assertThat(this.directory.allowedDomains().domains()).containsExactlyInAnyOrder("mineducacion.gov.co", domain);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'staff.directory.domains-changed' AND details LIKE ?",
				Integer.class, "%" + domain + "%"))
			.isEqualTo(1);
		this.mvc.perform(get(PATH)).andExpect(content().string(containsString(domain)));
	}

	@Test
	@WithAdmin
	void refusesSomethingThatIsNotAPublicDomainAndKeepsWhatWasTyped() throws Exception {
		for (String typed : List.of("mineducacion.gov.co\nlocalhost", "127.0.0.1", "ana@mineducacion.gov.co",
				"-malo-.gov.co")) {
			this.mvc
				.perform(post(PATH).param("domains", typed)
					.param("version", String.valueOf(this.directory.allowedDomains().version()))
					.with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(model().attributeHasFieldErrorCode("allowedDomainsForm", "domains", "DomainNames"))
				.andExpect(content().string(containsString("sin direcciones IP ni localhost")))
				.andExpect(content().string(containsString(typed.split("\n")[0])));
		}
	}

	@Test
	@WithAdmin
	void refusesAChangeMadeOnAnOlderVersion() throws Exception {
		AllowedDomains before = this.directory.allowedDomains();
		this.directory.allowDomains(List.of("otra-sede.gov.co"), before.version(), "colega@mineducacion.gov.co");
		this.mvc
			.perform(post(PATH).param("domains", "tarde.gov.co")
				.param("version", String.valueOf(before.version()))
				.with(csrf()))
			.andExpect(redirectedUrl(PATH))
			.andExpect(flash().attribute("problem", "staff.directory.changedMeanwhile"));
		assertThat(this.directory.allowedDomains().domains()).containsExactly("otra-sede.gov.co");
	}

}
