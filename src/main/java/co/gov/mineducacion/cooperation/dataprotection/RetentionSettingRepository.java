package co.gov.mineducacion.cooperation.dataprotection;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionSettingRepository extends JpaRepository<RetentionSetting, Short> {

}
