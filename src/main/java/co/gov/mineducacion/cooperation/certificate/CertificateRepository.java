package co.gov.mineducacion.cooperation.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CertificateRepository extends Repository<ContributionCertificate, Long> {

	Optional<ContributionCertificate> findByCode(String code);

	List<ContributionCertificate> findTop100ByOrderByIssuedAtDescIdDesc();

	ContributionCertificate save(ContributionCertificate certificate);

}
