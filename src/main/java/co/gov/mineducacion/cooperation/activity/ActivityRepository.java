package co.gov.mineducacion.cooperation.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ActivityRepository extends Repository<Activity, Long> {

	Activity save(Activity activity);

	Optional<Activity> findBySlug(String slug);

	Optional<Activity> findBySourceOfferCode(String sourceOfferCode);

	boolean existsBySlug(String slug);

	/**
	 * Every activity, the latest start first.
	 */
	List<Activity> findAllByOrderByStartDateDescIdDesc();

}
