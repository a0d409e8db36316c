package co.gov.mineducacion.cooperation.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalTextRepository extends JpaRepository<LegalText, LegalTextKind> {

}
