package co.gov.mineducacion.cooperation.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeIdentityRepository extends JpaRepository<OfficeIdentity, Short> {

}
