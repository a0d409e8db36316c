package co.gov.mineducacion.cooperation.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StaffAccountRepository extends Repository<StaffAccount, Long> {

	StaffAccount save(StaffAccount account);

	Optional<StaffAccount> findByEmail(String email);

	Optional<StaffAccount> findById(Long id);

	List<StaffAccount> findByActiveTrueOrderByDisplayName();

	List<StaffAccount> findAllByOrderByDisplayName();

	long count();

}
