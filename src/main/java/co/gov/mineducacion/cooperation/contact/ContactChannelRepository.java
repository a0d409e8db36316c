package co.gov.mineducacion.cooperation.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContactChannelRepository extends Repository<ContactChannel, Long> {

	ContactChannel save(ContactChannel channel);

	/**
	 * Every channel, retired ones included, in list order.
	 */
	List<ContactChannel> findAllByOrderByPosition();

	List<ContactChannel> findByRetiredFalseOrderByPosition();

	Optional<ContactChannel> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select coalesce(max(c.position), 0) from ContactChannel c")
	int lastPosition();

}
