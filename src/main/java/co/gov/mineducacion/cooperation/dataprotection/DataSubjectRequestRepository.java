package co.gov.mineducacion.cooperation.dataprotection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataSubjectRequestRepository extends JpaRepository<DataSubjectRequest, Long> {

	/** Open requests first, the most urgent on top; then answered ones, newest first. */
	List<DataSubjectRequest> findTop200ByOrderByStatusDescDueOnAscIdDesc();

}
