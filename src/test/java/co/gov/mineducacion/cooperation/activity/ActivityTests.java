package co.gov.mineducacion.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import co.gov.mineducacion.cooperation.shared.text.Slugs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ActivityTests {

	private static final Instant NOW = Instant.parse("2026-01-10T15:00:00Z");

	@Test
	void isFinishedOnlyAfterTheLastDayOfItsEndMonth() {
		Activity activity = Activity.create("together-we-learn", Drafts.running("2021-02", "2026-02"), null, NOW);
		assertThat(activity.statusOn(LocalDate.of(2026, 2, 28))).isEqualTo(ActivityStatus.UNDER_WAY);
		assertThat(activity.statusOn(LocalDate.of(2026, 3, 1))).isEqualTo(ActivityStatus.FINISHED);
	}

	@Test
	void isPlannedBeforeItsStartAndUnderWayFromItsFirstDay() {
		Activity activity = Activity.create("a", Drafts.running("2027-02-15", null), null, NOW);
		assertThat(activity.statusOn(LocalDate.of(2027, 2, 14))).isEqualTo(ActivityStatus.PLANNED);
		assertThat(activity.statusOn(LocalDate.of(2027, 2, 15))).isEqualTo(ActivityStatus.UNDER_WAY);
		assertThat(activity.statusOn(LocalDate.of(2040, 1, 1))).as("no end: under way until staff say otherwise")
			.isEqualTo(ActivityStatus.UNDER_WAY);
	}

	@Test
	void staffOverrideTheComputedStatus() {
		ActivityDraft draft = Drafts.running("2021-02", "2026-02");
		Activity activity = Activity.create("a", draft, null, NOW);
		activity.revise(new ActivityDraft(draft.title(), draft.description(), draft.start(), draft.end(),
				ActivityStatus.SUSPENDED, draft.ageMin(), draft.ageMax(), draft.organisations(), draft.departments(),
				draft.cities(), draft.strategicProjects(), draft.actionTypes(), draft.sectors(), draft.links(),
				draft.contact(), draft.cooperation()), NOW);
		assertThat(activity.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(ActivityStatus.SUSPENDED);
	}

	@Test
	void worksInItsOwnDepartmentsAndThoseOfItsCities() {
		Activity activity = Activity.create("a", Drafts.running("2021-02", "2026-02"), null, NOW);
		assertThat(activity.allDepartments()).containsExactly("08", "25");
	}

	@Test
	void refusesAnEndBeforeTheStartAndAnActivityWithoutOrganisations() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Activity.create("a", Drafts.running("2026-03", "2026-02"), null, NOW));
		ActivityDraft draft = Drafts.running("2021-02", "2026-02");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Activity.create("a",
				new ActivityDraft(draft.title(), draft.description(), draft.start(), draft.end(), null, 17, 3,
						draft.organisations(), draft.departments(), draft.cities(), draft.strategicProjects(),
						draft.actionTypes(), draft.sectors(), draft.links(), draft.contact(), draft.cooperation()),
				null, NOW));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Activity.create("a",
				new ActivityDraft(draft.title(), draft.description(), draft.start(), draft.end(), null, 3, 17,
						List.of(), draft.departments(), draft.cities(), draft.strategicProjects(), draft.actionTypes(),
						draft.sectors(), draft.links(), draft.contact(), draft.cooperation()),
				null, NOW));
	}

	@Test
	void keepsTheLatestMeasureOfATarget() {
		Activity activity = Activity.create("a", Drafts.running("2021-02", "2026-02"), null, NOW);
		Target target = activity.addTarget(new Bilingual("Docentes", "Teachers"), 16000, NOW);
		target.record(LocalDate.of(2024, 6, 30), 9000, "analista", NOW);
		target.record(LocalDate.of(2023, 6, 30), 4000, "analista", NOW);
		assertThat(target.latest()).get().extracting(Progress::value).isEqualTo(9000L);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> target.record(LocalDate.of(2024, 7, 1), -1, "analista", NOW));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> activity.addTarget(new Bilingual("Cero", "Zero"), 0, NOW));
	}

	@Test
	void makesReadableAddressesFromTitles() {
		assertThat(Slugs.of("Juntos Aprendemos", "activity")).isEqualTo("juntos-aprendemos");
		assertThat(Slugs.of("  ¿Bibliotecas móviles en el Chocó? ", "activity"))
			.isEqualTo("bibliotecas-moviles-en-el-choco");
		assertThat(Slugs.of("¡¿?!", "activity")).isEqualTo("activity");
		assertThat(Slugs.of("a".repeat(100), "activity")).hasSize(Slugs.MAX_LENGTH);
	}

}
