package co.gov.mineducacion.cooperation.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

}
