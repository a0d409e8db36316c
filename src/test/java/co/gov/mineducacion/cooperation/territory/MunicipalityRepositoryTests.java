package co.gov.mineducacion.cooperation.territory;

import java.math.BigDecimal;
import java.util.Map;

import co.gov.mineducacion.cooperation.test.RepositoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The 1,122 DIVIPOLA municipalities of {@code shared/data/municipalities.csv} as V39
 * loads them, and the activities' places held to them.
 */
@RepositoryTest
class MunicipalityRepositoryTests {

	@Autowired
	MunicipalityRepository municipalities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsEveryMunicipalityIslandAndNonMunicipalisedArea() {
		assertThat(this.municipalities.count()).isEqualTo(1122);
		Map<String, Long> byKind = Map.of("MUNICIPALITY", 1103L, "ISLAND", 1L, "NON_MUNICIPALISED_AREA", 18L);
		byKind.forEach((kind,
				count) -> assertThat(this.jdbc.sql("SELECT count(*) FROM municipality WHERE kind = ?")
					.param(kind)
					.query(Long.class)
					.single()).as(kind).isEqualTo(count));
	}

	@Test
	void keepsLeadingZerosAccentsAndTheSeatsCoordinates() {
		Municipality medellin = this.municipalities.findById("05001").orElseThrow();
		assertThat(medellin.name()).isEqualTo("Medellín");
		assertThat(medellin.departmentCode()).isEqualTo("05");
		assertThat(medellin.latitude()).isEqualByComparingTo(new BigDecimal("6.246631"));
		assertThat(medellin.longitude()).isEqualByComparingTo(new BigDecimal("-75.581775"));
		assertThat(this.municipalities.findById("88001").orElseThrow().kind()).isEqualTo(Municipality.Kind.ISLAND);
	}

	@Test
	void listsADepartmentsMunicipalitiesByName() {
		assertThat(this.municipalities.findByDepartmentCodeOrderByName("91")).hasSize(11)
			.extracting(Municipality::kind)
			.filteredOn((kind) -> kind == Municipality.Kind.NON_MUNICIPALISED_AREA)
			.hasSize(9);
		assertThat(this.municipalities.findByDepartmentCodeOrderByName("11")).extracting(Municipality::name)
			.containsExactly("Bogotá, D.C.");
	}

	@Test
	void theNineCitiesOfTogetherWeLearnAreKnownMunicipalities() {
		assertThat(this.jdbc.sql("""
				SELECT c.divipola_code FROM activity_city c
				JOIN activity a ON a.id = c.activity_id AND a.slug = 'together-we-learn'
				JOIN municipality m ON m.divipola_code = c.divipola_code AND m.department_code = c.department_code
				""").query(String.class).list()).containsExactlyInAnyOrder("08001", "11001", "68001", "76001", "13001",
				"54001", "05001", "44001", "47001");
	}

	@Test
	void refusesAnActivityPlaceThatIsNoMunicipality() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO activity_city (activity_id, divipola_code, name, department_code)
				SELECT id, '05999', 'Nowhere', '05' FROM activity LIMIT 1
				""").update());
	}

}
