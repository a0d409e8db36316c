package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DacSectorRepository extends Repository<DacSector, String> {

	List<DacSector> findAllByOrderByPosition();

}
