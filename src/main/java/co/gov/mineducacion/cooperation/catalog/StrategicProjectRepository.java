package co.gov.mineducacion.cooperation.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface StrategicProjectRepository extends Repository<StrategicProject, Long> {

	List<StrategicProject> findByRetiredFalseOrderByCode();

	@EntityGraph(attributePaths = "actionTypes")
	Optional<StrategicProject> findByCodeAndRetiredFalse(String code);

}
