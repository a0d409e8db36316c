package co.gov.mineducacion.cooperation.contact.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADMINs add, edit, retire and restore contact channels; the contact page and every
 * footer follow at once. Channels these tests add (codes starting with {@code T_}) are
 * deleted afterwards.
 */
@PortalTest
@WithAdmin
class ContactChannelAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@AfterEach
	void removeTestChannels() {
		this.jdbc.update("DELETE FROM contact_channel WHERE code LIKE 'T\\_%'");
		Caches.clearAll(this.caches);
	}

	@Test
	void addsAnEmailChannelThatEveryPageShowsAtOnce() throws Exception {
		this.mvc.perform(get("/contact")).andExpect(content().string(not(containsString("oci-prueba"))));
		String code = newCode();

		this.mvc.perform(channel(post("/admin/contact-channels/new"), code))
			.andExpect(redirectedUrl("/admin/contact-channels"))
			.andExpect(flash().attribute("notice", "contact.admin.created"));

		this.mvc.perform(get("/contact"))
			.andExpect(content().string(allOf(containsString("Correo de la Oficina"), containsString(
					"<a href=\"mailto:oci-prueba@mineducacion.gov.co\">oci-prueba@mineducacion.gov.co</a>"))));
		this.mvc.perform(get("/how-to-cooperate").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Office email")));
		assertThat(audit("contact.channel.created", code)).isOne();
	}

	@Test
	void checksWhatAKindOfChannelMayHoldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(channel(post("/admin/contact-channels/new"), "t bad", "value", "no es un correo", "dial",
					"+57 601 222 2800", "labelEn", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "code", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "value", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "dial", "NotDialled"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "labelEn", "NotBlank"))
			.andExpect(content().string(allOf(containsString("value=\"no es un correo\""),
					containsString("value=\"+576012222800\""), containsString("id=\"dial-error\""),
					containsString("Solo los teléfonos tienen número para marcar"))));
		this.mvc
			.perform(channel(post("/admin/contact-channels/new"), newCode(), "kind", "PHONE", "value", "222 0000",
					"dial", "12ab")
				.header("Accept-Language", "en"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "dial", "Pattern"))
			.andExpect(content().string(containsString("Write 7 to 15 digits")));
	}

	@Test
	void refusesASecondChannelWithTheSameCode() throws Exception {
		this.mvc.perform(channel(post("/admin/contact-channels/new"), "OCI_PHONE"))
			.andExpect(model().attributeHasFieldErrorCode("channelForm", "code", "Taken"));
	}

	@Test
	void editsAChannelAndTellsASecondEditorThatItChangedMeanwhile() throws Exception {
		String code = created();
		String seen = version(code);
		this.mvc
			.perform(channel(post("/admin/contact-channels/" + code), null, "value", "oci-1@mineducacion.gov.co",
					"version", seen))
			.andExpect(redirectedUrl("/admin/contact-channels"))
			.andExpect(flash().attribute("notice", "contact.admin.updated"));
		this.mvc.perform(get("/contact")).andExpect(content().string(containsString("oci-1@mineducacion.gov.co")));

		this.mvc
			.perform(channel(post("/admin/contact-channels/" + code), null, "value", "oci-2@mineducacion.gov.co",
					"version", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Otra persona guardó cambios en este canal"),
					containsString("value=\"oci-2@mineducacion.gov.co\""))));
		assertThat(this.jdbc.queryForObject("SELECT value FROM contact_channel WHERE code = ?", String.class, code))
			.isEqualTo("oci-1@mineducacion.gov.co");
		assertThat(audit("contact.channel.updated", code)).isOne();
	}

	@Test
	void aRetiredChannelLeavesTheContactPageAndTheFootersUntilRestored() throws Exception {
		String code = created();
		this.mvc
			.perform(post("/admin/contact-channels/" + code + "/retire").param("version", version(code)).with(csrf()))
			.andExpect(flash().attribute("notice", "contact.admin.retired"));
		this.mvc.perform(get("/contact")).andExpect(content().string(not(containsString("oci-prueba"))));
		this.mvc.perform(get("/admin/contact-channels")).andExpect(content().string(containsString("oci-prueba")));

		this.mvc
			.perform(post("/admin/contact-channels/" + code + "/restore").param("version", version(code)).with(csrf()))
			.andExpect(flash().attribute("notice", "contact.admin.restored"));
		this.mvc.perform(get("/contact")).andExpect(content().string(containsString("oci-prueba")));
		assertThat(audit("contact.channel.retired", code)).isOne();
	}

	@Test
	@WithStaff
	void staffWhoAreNotAdminsAreRefused() throws Exception {
		this.mvc.perform(get("/admin/contact-channels")).andExpect(status().isForbidden());
		this.mvc.perform(channel(post("/admin/contact-channels/new"), newCode())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/contact-channels/OCI_PHONE/retire").param("version", "0").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/contact-channels")).andExpect(redirectedUrl("/login"));
	}

	private String created() throws Exception {
		String code = newCode();
		this.mvc.perform(channel(post("/admin/contact-channels/new"), code))
			.andExpect(redirectedUrl("/admin/contact-channels"));
		return code;
	}

	/**
	 * A valid email channel; {@code overrides} are name, value pairs that replace a
	 * field.
	 */
	private static MockHttpServletRequestBuilder channel(MockHttpServletRequestBuilder request, String code,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (code != null) {
			fields.put("code", code);
		}
		fields.put("unit", "COOPERATION_OFFICE");
		fields.put("kind", "EMAIL");
		fields.put("labelEs", "Correo de la Oficina");
		fields.put("labelEn", "Office email");
		fields.put("value", "oci-prueba@mineducacion.gov.co");
		fields.put("position", "90");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private static String newCode() {
		return "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
	}

	private String version(String code) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM contact_channel WHERE code = ?", Long.class, code));
	}

	private Integer audit(String action, String code) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND target = ?",
				Integer.class, action, code);
	}

}
