package co.gov.mineducacion.cooperation.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActionTypeRepository extends Repository<ActionType, Long> {

	List<ActionType> findAllByOrderByPosition();

	List<ActionType> findByCodeIn(Collection<String> codes);

	Optional<ActionType> findByCode(String code);

}
