package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SdgGoalRepository extends Repository<SdgGoal, Short> {

	List<SdgGoal> findAllByOrderByCode();

}
