package co.gov.mineducacion.cooperation.contact;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ContactChannelRepository extends Repository<ContactChannel, Long> {

	List<ContactChannel> findAllByOrderByPosition();

}
