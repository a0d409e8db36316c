package co.gov.mineducacion.cooperation.activity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface KnownCurrencyRepository extends Repository<KnownCurrency, String> {

	List<KnownCurrency> findAllByOrderByCode();

	boolean existsById(String code);

}
