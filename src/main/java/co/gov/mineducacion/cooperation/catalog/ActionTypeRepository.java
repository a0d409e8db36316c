package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ActionTypeRepository extends Repository<ActionType, Long> {

	List<ActionType> findAllByOrderByPosition();

}
