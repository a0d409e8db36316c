package co.gov.mineducacion.cooperation.need;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Publishes needs through the office's form, as a staff member, for tests of what the
 * public and the office see of them.
 */
public final class NeedFixtures {

	private NeedFixtures() {
	}

	/**
	 * The fields of a valid need: tutors for rural schools in Chocó (Quibdó), project
	 * PBM-CAL-04, ways A05 and A06, 20 tutors by the end of 2027.
	 */
	public static Map<String, String> tutorsInChoco(String titleEs) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("titleEs", titleEs);
		fields.put("titleEn", titleEs + " (en)");
		fields.put("descriptionEs", "Tutores de lectura para escuelas rurales del Chocó, con formación de docentes.");
		fields.put("descriptionEn", "Reading tutors for rural schools in Chocó, with teacher training.");
		fields.put("project", "PBM-CAL-04");
		fields.put("actionTypes", "A05,A06");
		fields.put("soughtKind", "COUNT");
		fields.put("quantity", "20");
		fields.put("unitEs", "tutores");
		fields.put("unitEn", "tutors");
		fields.put("dueDate", "2027-12-31");
		fields.put("status", "OPEN");
		fields.put("municipalities", "27001 Quibdó");
		return fields;
	}

	/**
	 * Publishes a need with the given fields (multi-valued ones separated by commas) and
	 * returns its slug.
	 */
	public static String publish(MockMvc mvc, Map<String, String> fields) throws Exception {
		String location = mvc.perform(form(post("/admin/needs/new"), fields))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if (location == null || !location.startsWith("/admin/needs/")) {
			throw new IllegalStateException("Need not published: " + fields);
		}
		return location.substring("/admin/needs/".length());
	}

	/**
	 * Publishes an open need seeking 20 tutors in Quibdó straight through the office's
	 * service (for browser tests, whose portal runs in the test's JVM); returns its slug.
	 */
	public static String publish(ApplicationContext context, String titleEs) {
		return context.getBean(NeedEditor.class).publish(draft(titleEs));
	}

	static NeedDraft draft(String titleEs) {
		return new NeedDraft(new Bilingual(titleEs, titleEs + " (en)"),
				new Bilingual("Tutores de lectura para escuelas rurales del Chocó.",
						"Reading tutors for rural schools in Chocó."),
				"PBM-CAL-04", Set.of(), Set.of("27001"), Set.of("A05", "A06"),
				Sought.count(20, new Bilingual("tutores", "tutors")), LocalDate.of(2027, 12, 31), NeedStatus.OPEN,
				Set.of());
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		request.with(csrf())
			.with(user("analista@mineducacion.gov.co").authorities(new SimpleGrantedAuthority("ROLE_STAFF"),
					new SimpleGrantedAuthority("FACTOR_PASSWORD")));
		fields.forEach((name, value) -> {
			for (String one : value.split(",")) {
				request.param(name, one);
			}
		});
		return request;
	}

}
