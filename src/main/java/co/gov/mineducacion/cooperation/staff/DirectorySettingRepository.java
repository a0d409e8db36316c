package co.gov.mineducacion.cooperation.staff;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DirectorySettingRepository extends Repository<DirectorySetting, Short> {

	Optional<DirectorySetting> findById(Short id);

}
