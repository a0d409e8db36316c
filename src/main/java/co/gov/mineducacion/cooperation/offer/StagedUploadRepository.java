package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StagedUploadRepository extends Repository<StagedUpload, Long> {

	StagedUpload save(StagedUpload upload);

	List<StagedUpload> findByFormTokenOrderById(String formToken);

	@Modifying
	@Query("delete from StagedUpload u where u.formToken = :formToken")
	void deleteByFormToken(String formToken);

	@Modifying
	@Query("delete from StagedUpload u where u.uploadedAt < :before")
	int deleteUploadedBefore(Instant before);

}
