package co.gov.mineducacion.cooperation.catalog;

import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@RepositoryTest
class StrategicProjectRepositoryTests {

	@Autowired
	StrategicProjectRepository projects;

	@Autowired
	ActionTypeRepository actionTypes;

	@Autowired
	CooperatorSectorRepository sectors;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsPublishTheTwentyEightKnownProjectsAndNoMore() {
		assertThat(this.projects.findByRetiredFalseOrderByCode()).hasSize(28)
			.extracting(StrategicProject::code)
			.contains("PBM-COB-01", "SUP-PER-03", "EFI-08")
			.isSorted();
	}

	@Test
	void keepsTheKnownObjectivesAndLeavesTheUnknownOnesEmpty() {
		assertThat(this.projects.findByCodeAndRetiredFalse("PBM-COB-01").orElseThrow().objective().en())
			.isEqualTo("Provide the most vulnerable population with opportunities to access the education system.");
		assertThat(this.projects.findByCodeAndRetiredFalse("SUP-PER-03").orElseThrow().objective()).isNull();
		assertThat(this.projects.findByRetiredFalseOrderByCode()).filteredOn((p) -> p.objective() != null).hasSize(4);
	}

	@Test
	void loadsEachProjectWithTheWaysToCooperateThatFitIt() {
		StrategicProject project = this.projects.findByCodeAndRetiredFalse("SUP-PER-03").orElseThrow();
		assertThat(project.name().es()).isEqualTo("Fomento del bilingüismo en la educación superior");
		assertThat(project.level()).isEqualTo(ProjectLevel.HIGHER_EDUCATION);
		assertThat(project.axis()).isEqualTo(PolicyAxis.PERTINENCE);
		assertThat(project.actionTypes()).hasSize(13);
	}

	@Test
	void hidesRetiredProjects() {
		this.jdbc.update("UPDATE strategic_project SET retired = TRUE WHERE code = 'EFI-08'");
		assertThat(this.projects.findByCodeAndRetiredFalse("EFI-08")).isEmpty();
		assertThat(this.projects.findByRetiredFalseOrderByCode()).hasSize(27);
	}

	@Test
	void refusesTwoProjectsWithOneCode() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO strategic_project (code, level, axis, name_es, name_en) "
					+ "VALUES ('EFI-01', 'SECTOR_MANAGEMENT', 'EFFICIENCY', 'x', 'x')"));
	}

	@Test
	void refusesAnUnknownLevel() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO strategic_project (code, level, axis, name_es, name_en) "
					+ "VALUES ('NEW-01', 'KINDERGARTEN', 'EFFICIENCY', 'x', 'x')"));
	}

	@Test
	void publishesThirteenWaysToCooperateAndFiveKindsOfCooperatorsInOrder() {
		assertThat(this.actionTypes.findAllByOrderByPosition()).extracting(ActionType::code)
			.containsExactly("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12", "A13");
		assertThat(this.sectors.findAllByOrderByPosition()).extracting(CooperatorSector::code)
			.containsExactly("COMPANY", "NGO", "INSTITUTION", "MULTILATERAL", "FOREIGN_GOV");
	}

}
