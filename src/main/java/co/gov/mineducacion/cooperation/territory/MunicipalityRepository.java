package co.gov.mineducacion.cooperation.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MunicipalityRepository extends Repository<Municipality, String> {

	Optional<Municipality> findById(String divipolaCode);

	List<Municipality> findByDepartmentCodeOrderByName(String departmentCode);

	List<Municipality> findAllByOrderByDivipolaCode();

	long count();

}
