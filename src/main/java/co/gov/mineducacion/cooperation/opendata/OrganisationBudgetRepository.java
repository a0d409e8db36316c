package co.gov.mineducacion.cooperation.opendata;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OrganisationBudgetRepository extends Repository<OrganisationBudget, Short> {

	Optional<OrganisationBudget> findById(Short id);

}
