package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StrategicProjectTests {

	private static final Bilingual NAME = new Bilingual("Becas rurales", "Rural scholarships");

	@Test
	void aNewProjectIsPublishedWithItsWaysToCooperateInTheirOrder() {
		StrategicProject project = StrategicProject.create("PBM-CAL-06", ProjectLevel.PRESCHOOL_BASIC_SECONDARY,
				PolicyAxis.QUALITY, NAME, null, List.of(way("A09", 9), way("A02", 2)));
		assertThat(project.isRetired()).isFalse();
		assertThat(project.objective()).isNull();
		assertThat(project.actionTypeCodes()).containsExactly("A02", "A09");
	}

	@Test
	void needsItsNameInBothLanguagesAndAtLeastOneWayToCooperate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StrategicProject.create("X-01", ProjectLevel.HIGHER_EDUCATION, PolicyAxis.QUALITY,
					new Bilingual("Becas", " "), null, List.of(way("A01", 1))));
		assertThatIllegalArgumentException().isThrownBy(() -> StrategicProject.create("X-01",
				ProjectLevel.HIGHER_EDUCATION, PolicyAxis.QUALITY, NAME, null, List.of()));
	}

	@Test
	void publishesAnObjectiveInBothLanguagesOrNotAtAll() {
		StrategicProject project = project();
		assertThatIllegalArgumentException().isThrownBy(() -> project.describe(new Bilingual("Formar", null)));
		assertThat(project.describe(new Bilingual("Formar docentes.", "Train teachers."))).isTrue();
		assertThat(project.objective().in(java.util.Locale.ENGLISH)).isEqualTo("Train teachers.");
		assertThat(project.describe(null)).isTrue();
		assertThat(project.objective()).isNull();
	}

	@Test
	void saysWhetherAnEditChangedAnything() {
		StrategicProject project = project();
		assertThat(project.rename(NAME)).isFalse();
		assertThat(project.rename(new Bilingual("Becas", "Scholarships"))).isTrue();
		assertThat(project.classify(ProjectLevel.PRESCHOOL_BASIC_SECONDARY, PolicyAxis.QUALITY)).isFalse();
		assertThat(project.fit(List.of(way("A01", 1)))).isFalse();
		assertThat(project.fit(List.of(way("A01", 1), way("A05", 5)))).isTrue();
	}

	@Test
	void isRetiredAndRestoredOnceEach() {
		StrategicProject project = project();
		project.retire();
		assertThat(project.isRetired()).isTrue();
		assertThatIllegalStateException().isThrownBy(project::retire);
		project.restore();
		assertThat(project.isRetired()).isFalse();
		assertThatIllegalStateException().isThrownBy(project::restore);
	}

	private static StrategicProject project() {
		return StrategicProject.create("PBM-CAL-06", ProjectLevel.PRESCHOOL_BASIC_SECONDARY, PolicyAxis.QUALITY, NAME,
				null, List.of(way("A01", 1)));
	}

	private static ActionType way(String code, int position) {
		ActionType type = new ActionType();
		ReflectionTestUtils.setField(type, "code", code);
		ReflectionTestUtils.setField(type, "position", position);
		return type;
	}

}
