package co.gov.mineducacion.cooperation.activity;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.test.MutableClock;
import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Together we Learn ends in February 2026: under way on the 28th, finished on the 1st of
 * March, on its page, in the list's filter and on the map, with the portal's clock set.
 */
@PortalTest
@Import(MutableClock.Configuration.class)
class ActivityStatusOnTheDayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.set(java.time.Instant.now());
	}

	@Test
	void isUnderWayOnTheLastDayOfItsEndMonth() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 2, 28));
		this.mvc.perform(get("/activities/together-we-learn"))
			.andExpect(content().string(allOf(containsString("status--UNDER_WAY"), containsString("En curso"))));
		this.mvc.perform(get("/activities?status=UNDER_WAY")).andExpect(ActivityPagesTests.lists("together-we-learn"));
		this.mvc.perform(get("/territory?show=UNDER_WAY"))
			.andExpect(content().string(containsString("Atlántico: 1 actividad en curso")));
	}

	@Test
	void isFinishedTheDayAfter() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 3, 1));
		this.mvc.perform(get("/activities/together-we-learn"))
			.andExpect(content().string(allOf(containsString("status--FINISHED"), containsString("Finalizada"),
					not(containsString("status--UNDER_WAY")))));
		this.mvc.perform(get("/activities?status=UNDER_WAY"))
			.andExpect(ActivityPagesTests.listsNot("together-we-learn"));
		this.mvc.perform(get("/territory?show=UNDER_WAY"))
			.andExpect(content().string(containsString("Atlántico: ninguna actividad en curso")));
	}

	@Test
	void wasPlannedBeforeFebruary2021() throws Exception {
		this.clock.setDay(LocalDate.of(2021, 1, 31));
		this.mvc.perform(get("/activities/together-we-learn?lang=en"))
			.andExpect(content().string(containsString("Planned")));
	}

}
