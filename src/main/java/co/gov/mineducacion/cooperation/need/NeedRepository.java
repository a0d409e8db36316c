package co.gov.mineducacion.cooperation.need;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface NeedRepository extends Repository<Need, Long> {

	Need save(Need need);

	Optional<Need> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Need> findAllByOrderByDueDateAscIdAsc();

	List<Need> findByStatusInOrderByDueDateAscIdAsc(Collection<NeedStatus> statuses);

}
