package co.gov.mineducacion.cooperation.catalog;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CooperatorSectorRepository extends Repository<CooperatorSector, Long> {

	List<CooperatorSector> findAllByOrderByPosition();

}
