package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.test.Caches;
import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.PortalTest;
import co.gov.mineducacion.cooperation.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static co.gov.mineducacion.cooperation.test.KeptPages.fromCache;
import static co.gov.mineducacion.cooperation.test.KeptPages.rendered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The activities' public pages are kept for visitors without a session until staff
 * publish or change an activity, and for the day in Bogotá they were rendered on only: an
 * activity under way on the last day of its end month is finished the next morning, on
 * its page and on the map.
 */
@PortalTest
@Import(MutableClock.Configuration.class)
class ActivityPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startEmpty() {
		Caches.clearAll(this.caches);
	}

	@AfterEach
	void backToNow() {
		this.clock.set(Instant.now());
		Caches.clearAll(this.caches);
	}

	@Test
	void replacesTheKeptListAndPageOnceStaffPublishOrChangeAnActivity() throws Exception {
		String word = UUID.randomUUID().toString().substring(0, 8);
		String search = "/activities?q=" + word;
		assertThat(rendered(this.mvc, search)).doesNotContain("Aulas del Pacífico");
		fromCache(this.mvc, search);

		String slug = staff(
				ActivityAdminTests.activityForm(post("/admin/activities/new"), "Aulas del Pacífico " + word))
			.getRedirectedUrl()
			.replace("/admin/activities/", "");
		assertThat(rendered(this.mvc, search)).contains("Aulas del Pacífico " + word);
		assertThat(rendered(this.mvc, "/activities/" + slug)).contains("Aulas del Pacífico " + word);
		fromCache(this.mvc, "/activities/" + slug);
		fromCache(this.mvc, search);

		staff(ActivityAdminTests.activityForm(post("/admin/activities/" + slug + "/edit"), "Aulas renovadas " + word)
			.param("version", String.valueOf(version(slug))));
		assertThat(rendered(this.mvc, "/activities/" + slug)).contains("Aulas renovadas " + word)
			.doesNotContain("Aulas del Pacífico");
		assertThat(rendered(this.mvc, search)).contains("Aulas renovadas " + word);

		staff(post("/admin/activities/" + slug + "/milestones").with(csrf())
			.param("reachedOn", "2025-09-15")
			.param("textEs", "Primera feria escolar del Pacífico")
			.param("textEn", "First school fair"));
		assertThat(rendered(this.mvc, "/activities/" + slug)).contains("Primera feria escolar del Pacífico");
	}

	@Test
	void sendsNoPageKeptTheDayBeforeOnceItIsMidnightInBogota() throws Exception {
		this.clock.set(inBogota("2026-02-28T18:00"));
		assertThat(rendered(this.mvc, "/activities/together-we-learn")).contains("status--UNDER_WAY");
		assertThat(rendered(this.mvc, "/territory?show=UNDER_WAY")).contains("Atlántico: 1 actividad en curso");

		this.clock.set(inBogota("2026-02-28T23:59"));
		assertThat(this.clock.instant()).as("already the 1st of March in UTC")
			.isAfter(Instant.parse("2026-03-01T00:00:00Z"));
		fromCache(this.mvc, "/activities/together-we-learn");
		fromCache(this.mvc, "/territory?show=UNDER_WAY");

		this.clock.set(inBogota("2026-03-01T00:01"));
		assertThat(rendered(this.mvc, "/activities/together-we-learn")).contains("status--FINISHED")
			.doesNotContain("status--UNDER_WAY");
		assertThat(rendered(this.mvc, "/territory?show=UNDER_WAY")).contains("Atlántico: ninguna actividad en curso");
	}

	private org.springframework.mock.web.MockHttpServletResponse staff(MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(SignedIn.staff("analista@mineducacion.gov.co")))
			.andExpect(redirectedUrlPattern("/admin/activities/*"))
			.andReturn()
			.getResponse();
	}

	private long version(String slug) {
		return this.jdbc.queryForObject("SELECT version FROM activity WHERE slug = ?", Long.class, slug);
	}

	private static Instant inBogota(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(Colombia.TIME_ZONE).toInstant();
	}

}
