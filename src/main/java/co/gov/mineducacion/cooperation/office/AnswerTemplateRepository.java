package co.gov.mineducacion.cooperation.office;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AnswerTemplateRepository extends Repository<AnswerTemplate, Long> {

	AnswerTemplate save(AnswerTemplate template);

	Optional<AnswerTemplate> findById(Long id);

	List<AnswerTemplate> findAllByOrderByRetiredAscPurposeAscNameAsc();

	List<AnswerTemplate> findByRetiredFalseOrderByName();

	@Query("select count(t) > 0 from AnswerTemplate t where lower(t.name) = lower(?1) and (?2 is null or t.id <> ?2)")
	boolean nameTaken(String name, Long exceptId);

}
