package co.gov.mineducacion.cooperation.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface StrategicProjectRepository extends Repository<StrategicProject, Long> {

	StrategicProject save(StrategicProject project);

	/**
	 * Every project, retired ones included, with the ways to cooperate that fit it.
	 */
	@EntityGraph(attributePaths = "actionTypes")
	List<StrategicProject> findAllByOrderByCode();

	List<StrategicProject> findByRetiredFalseOrderByCode();

	@EntityGraph(attributePaths = "actionTypes")
	Optional<StrategicProject> findByCodeAndRetiredFalse(String code);

	@EntityGraph(attributePaths = "actionTypes")
	Optional<StrategicProject> findByCode(String code);

	boolean existsByCode(String code);

}
