package co.gov.mineducacion.cooperation.offer;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a second row for the same form token is a double submit; any other refusal of the
 * data is an error of its own, not hidden behind the first offer's number.
 */
class DoubleSubmitTests {

	@Test
	void aUniqueViolationIsADoubleSubmitAndADataErrorIsNot() {
		assertThat(OfferController.isDuplicate(new DuplicateKeyException("uq_offer_form_token"))).isTrue();
		assertThat(OfferController.isDuplicate(new DataIntegrityViolationException("insert",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isTrue();
		assertThat(OfferController.isDuplicate(new DataIntegrityViolationException("insert",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))))
			.isFalse();
		assertThat(OfferController.isDuplicate(new DataIntegrityViolationException("insert",
				new SQLException("value too long for type character varying(150)", "22001"))))
			.isFalse();
	}

}
